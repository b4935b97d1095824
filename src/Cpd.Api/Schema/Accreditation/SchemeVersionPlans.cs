using System.Collections.Concurrent;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain.Accreditation.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>
/// The compiled evaluation plans of published scheme versions, keyed by version id (a singleton). Published versions never change,
/// so a plan compiled once serves every later request of the process; only the first check against a version pays for reading,
/// replaying (<see cref="Domain.Accreditation.Scheme.Publish"/>) and compiling it.
/// </summary>
public sealed class SchemeVersionPlans
{
    private readonly ConcurrentDictionary<long, CompiledSchemeVersion> _plans = new();

    /// <summary>The compiled version with the id, or null when no such version exists.</summary>
    /// <param name="db">A context (not shared with concurrent work), used only on the first request for the version.</param>
    /// <param name="versionId">The version's database id.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The compiled version.</returns>
    public async Task<CompiledSchemeVersion?> GetAsync(CpdDbContext db, long versionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_plans.TryGetValue(versionId, out var compiled))
        {
            return compiled;
        }

        var number = await db.SchemeVersions.Where(v => v.Id == versionId).Select(v => new { v.SchemeId, v.Number }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (number is null)
        {
            return null;
        }

        var record = await db.Schemes.AsNoTracking().Include(s => s.Versions).SingleAsync(s => s.Id == number.SchemeId, cancellationToken).ConfigureAwait(false);
        var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
        var scheme = SchemeMutations.Restore(record, taxonomy);
        var version = scheme.Versions.FirstOrDefault(v => v.Number == number.Number)
            ?? throw new InvalidOperationException($"The stored scheme version {versionId} could not be rebuilt from its requirement.");

        // Two requests racing on a cold version compile it twice and keep one: harmless, as both plans are equal.
        return _plans.GetOrAdd(versionId, new CompiledSchemeVersion(versionId, record.BodyId, version, EvaluationPlan.Compile(version)));
    }
}
