using Cpd.Api.Persistence.Entities;

namespace Cpd.Api.Schema.Organisations;

/// <summary>Reusable organisation queries.</summary>
public static class OrganisationQueryFilters
{
    /// <summary>The organisations matching a filter (all when it is null).</summary>
    /// <param name="organisations">The organisations.</param>
    /// <param name="filter">The filter.</param>
    /// <returns>The matching organisations.</returns>
    public static IQueryable<OrganisationRecord> Matching(this IQueryable<OrganisationRecord> organisations, OrganisationFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        if (filter?.SectorCode is { } sector)
        {
            organisations = organisations.Where(o => o.Sector!.Code == sector);
        }

        if (filter?.PlaceCode is { } place)
        {
            organisations = organisations.Where(o => o.PlaceCode == place);
        }

        if (!string.IsNullOrEmpty(filter?.NameContains))
        {
            var text = filter.NameContains.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(): culture-free there, and EF cannot translate the StringComparison overloads.
            organisations = organisations.Where(o => o.Name.ToUpper().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return organisations;
    }
}
