using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>The learning hours of one period of a <c>minimumEachPeriod</c> check.</summary>
/// <param name="Start">The first day of the period.</param>
/// <param name="End">The last day of the period (inclusive).</param>
/// <param name="Hours">The hours counted in it.</param>
/// <param name="Shortfall">The hours missing in it (0 when met).</param>
[GraphQLDescription("The learning hours of one period of a minimumEachPeriod check (e.g. each year of a three-year window).")]
public sealed record LearningPeriod(LocalDate Start, LocalDate End, decimal Hours, decimal Shortfall);
