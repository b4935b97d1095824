using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Employments;

/// <summary>A new employment of a member at an organisation.</summary>
/// <param name="MemberId">The member's global id.</param>
/// <param name="Role">The role title.</param>
/// <param name="ProfessionCode">A known profession code.</param>
/// <param name="Start">The first day.</param>
/// <param name="Fte">The full-time equivalent, more than 0 and at most 1.</param>
/// <param name="End">The last day (inclusive), or null when ongoing.</param>
/// <param name="OrganisationId">The employer's global id; an HR system's own organisation when omitted.</param>
public sealed record RecordEmploymentInput(
    [property: GraphQLType("ID!")] string MemberId,
    string Role,
    string ProfessionCode,
    LocalDate Start,
    decimal Fte,
    LocalDate? End = null,
    [property: GraphQLType("ID")] string? OrganisationId = null) : MutationInput;
