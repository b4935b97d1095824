using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>
/// Changes to one of the caller's experiences: a field left null keeps its value; a field that does not apply to the
/// experience's kind is refused (<c>NOT_APPLICABLE</c>). The whole experience is validated again by the domain.
/// </summary>
/// <param name="Id">The experience's global id.</param>
/// <param name="ExpectedVersion">The version read; a newer stored version refuses the change with <c>CONFLICT</c>.</param>
/// <param name="Title">A new title.</param>
/// <param name="HostOrganisationId">A new host (placements) or peer (peer challenge) organisation.</param>
/// <param name="ProfessionCode">A new profession (placements).</param>
/// <param name="CounterpartName">A new counterpart name (mentoring).</param>
/// <param name="CounterpartSectorCode">A new counterpart sector (mentoring).</param>
/// <param name="Start">A new first day (period kinds).</param>
/// <param name="End">A new last day (period kinds).</param>
/// <param name="Ongoing">True to remove the last day (period kinds).</param>
/// <param name="Fte">A new full-time equivalent (period kinds).</param>
/// <param name="Date">A new date (event kinds).</param>
/// <param name="Hours">New hours (event kinds).</param>
/// <param name="Categories">New learning categories (learning kinds).</param>
/// <param name="SectorsInvolved">New sectors involved (learning events).</param>
public sealed record UpdateExperienceInput(
    [property: GraphQLType("ID!")] string Id,
    long ExpectedVersion,
    string? Title = null,
    [property: GraphQLType("ID")] string? HostOrganisationId = null,
    string? ProfessionCode = null,
    string? CounterpartName = null,
    string? CounterpartSectorCode = null,
    LocalDate? Start = null,
    LocalDate? End = null,
    bool? Ongoing = null,
    decimal? Fte = null,
    LocalDate? Date = null,
    decimal? Hours = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? SectorsInvolved = null) : MutationInput;
