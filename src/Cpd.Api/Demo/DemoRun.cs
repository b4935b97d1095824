using Cpd.Api.Persistence;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using DomainOrganisation = Cpd.Domain.Careers.Organisation;

namespace Cpd.Api.Demo;

/// <summary>What one seeding shares: the context, the allocator, the day, the taxonomy and what has been added so far.</summary>
internal sealed class DemoRun
{
    private readonly Dictionary<int, EvaluationPlan> _plans = [];

    private DemoRun(CpdDbContext db, IdAllocator ids, Instant now, CareerTaxonomy taxonomy)
    {
        Db = db;
        Ids = ids;
        Now = now;
        Today = now.InUtc().Date;
        Taxonomy = taxonomy;
    }

    public CpdDbContext Db { get; }

    public IdAllocator Ids { get; }

    /// <summary>When the seeding runs: the time stamp of records created "now".</summary>
    public Instant Now { get; }

    /// <summary>The day everything but employments is placed relative to.</summary>
    public LocalDate Today { get; }

    public CareerTaxonomy Taxonomy { get; }

    public Dictionary<string, long> SectorIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> ProfessionIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DomainOrganisation> Organisations { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, long> SchemeVersionIds { get; } = [];

    public Scheme Scheme { get; set; } = null!;

    public long BodyId { get; set; }

    /// <summary>How many of each profile has been seeded so far (to vary the plans within a profile).</summary>
    public Dictionary<DemoProfile, int> ProfileCounts { get; } = [];

    /// <summary>What was added, for the audit entry.</summary>
    public DemoCounts Counts { get; } = new();

    public static async Task<DemoRun> StartAsync(CpdDbContext db, IdAllocator ids, IClock clock, CancellationToken cancellationToken)
    {
        var run = new DemoRun(db, ids, clock.GetCurrentInstant(), await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false));
        foreach (var s in await db.Sectors.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            run.SectorIds.Add(s.Code, s.Id);
        }

        foreach (var p in await db.Professions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            run.ProfessionIds.Add(p.Code, p.Id);
        }

        return run;
    }

    public ValueTask<long> NextIdAsync<TRecord>(CancellationToken cancellationToken)
        where TRecord : class => Ids.NextAsync<TRecord>(Db, cancellationToken);

    /// <summary>The instant of a day at 09:00 UTC, never later than now (a record about a future day is written today).</summary>
    public Instant At(LocalDate date)
    {
        var at = date.At(new LocalTime(9, 0)).InUtc().ToInstant();
        return at < Now ? at : Now;
    }

    /// <summary>The evaluation plan of a version of the scheme, compiled once.</summary>
    public EvaluationPlan PlanOf(SchemeVersion version)
    {
        if (!_plans.TryGetValue(version.Number, out var plan))
        {
            _plans[version.Number] = plan = EvaluationPlan.Compile(version);
        }

        return plan;
    }

    public int NextOfProfile(DemoProfile profile)
    {
        var n = ProfileCounts.GetValueOrDefault(profile);
        ProfileCounts[profile] = n + 1;
        return n;
    }
}
