using Cpd.Api.Persistence;
using Cpd.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>Reads the configured taxonomy from the store as the domain's <see cref="CareerTaxonomy"/>, so that domain factories validate codes against it.</summary>
public static class TaxonomyStore
{
    /// <summary>The taxonomy the store holds (learning categories are the defaults: they are not configurable through the API).</summary>
    /// <param name="db">A context.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The taxonomy.</returns>
    public static async Task<CareerTaxonomy> LoadTaxonomyAsync(this CpdDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sectors = await db.Sectors.OrderBy(s => s.Id).Select(s => new TaxonomyTerm(s.Code, s.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var professions = await db.Professions.OrderBy(p => p.Id).Select(p => new TaxonomyTerm(p.Code, p.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return CareerTaxonomy.Create(sectors, professions, DefaultTaxonomy.LearningCategories).Unwrap();
    }
}
