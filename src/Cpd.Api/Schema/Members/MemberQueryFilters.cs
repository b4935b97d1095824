using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using NodaTime;

namespace Cpd.Api.Schema.Members;

/// <summary>The <see cref="MemberFilter"/> as an EF query.</summary>
public static class MemberQueryFilters
{
    /// <summary>Narrows members to those matching <paramref name="filter"/>, judging employment conditions only on <paramref name="visibleEmployments"/>.</summary>
    /// <param name="members">Members the caller may see.</param>
    /// <param name="filter">The filter, or <see langword="null"/>.</param>
    /// <param name="visibleEmployments">The employments the caller may see.</param>
    /// <param name="today">The day "employed today" refers to.</param>
    /// <returns>The narrowed query.</returns>
    public static IQueryable<MemberRecord> Matching(
        this IQueryable<MemberRecord> members, MemberFilter? filter, IQueryable<EmploymentRecord> visibleEmployments, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (!string.IsNullOrEmpty(filter?.DisplayNameContains))
        {
            var text = filter.DisplayNameContains.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(): culture-free there, and EF cannot translate the StringComparison overloads.
            members = members.Where(m => m.DisplayName.ToUpper().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter?.OrganisationId is { } organisationId)
        {
            var organisation = GlobalId.Parse(organisationId, GraphQLNames.Of<Organisation>());
            members = members.Where(m => visibleEmployments.Any(e => e.MemberId == m.Id && e.OrganisationId == organisation));
        }

        if (filter?.SectorCode is { } sector)
        {
            members = members.Where(m => visibleEmployments.Any(e => e.MemberId == m.Id && e.Organisation!.Sector!.Code == sector
                && e.Start <= today && (e.End == null || e.End >= today)));
        }

        return members;
    }
}
