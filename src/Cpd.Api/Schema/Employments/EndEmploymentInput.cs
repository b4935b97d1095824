using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Employments;

/// <summary>The last day of an employment (a leaver).</summary>
/// <param name="EmploymentId">The employment's global id.</param>
/// <param name="End">The last day (inclusive), not before the start.</param>
/// <param name="ExpectedVersion">The version read; a newer stored version refuses the change with <c>CONFLICT</c>.</param>
public sealed record EndEmploymentInput(
    [property: GraphQLType("ID!")] string EmploymentId,
    LocalDate End,
    long ExpectedVersion) : MutationInput;
