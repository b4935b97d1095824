using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>An inclusive range of days.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive).</param>
[GraphQLDescription("An inclusive range of days.")]
public sealed record DateRange(LocalDate Start, LocalDate End);
