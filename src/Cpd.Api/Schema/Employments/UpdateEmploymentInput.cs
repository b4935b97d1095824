using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Employments;

/// <summary>Changes to an employment: a field left null keeps its value; the whole employment is validated again by the domain.</summary>
/// <param name="EmploymentId">The employment's global id.</param>
/// <param name="ExpectedVersion">The version read; a newer stored version refuses the change with <c>CONFLICT</c>.</param>
/// <param name="Role">A new role title.</param>
/// <param name="ProfessionCode">A new profession.</param>
/// <param name="Start">A new first day.</param>
/// <param name="End">A new last day.</param>
/// <param name="Ongoing">True to remove the last day.</param>
/// <param name="Fte">A new full-time equivalent.</param>
public sealed record UpdateEmploymentInput(
    [property: GraphQLType("ID!")] string EmploymentId,
    long ExpectedVersion,
    string? Role = null,
    string? ProfessionCode = null,
    LocalDate? Start = null,
    LocalDate? End = null,
    bool? Ongoing = null,
    decimal? Fte = null) : MutationInput;
