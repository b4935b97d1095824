using Cpd.Api.Demo;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Queries;
using Cpd.Api.Persistence.Serialization;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Demo;

public sealed class DemoSeederTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static readonly LocalDate Today = Support.ApiServer.Start.InUtc().Date;

    [Fact]
    public async Task SeedAsync_FreshDatabase_AddsTheCataloguesOrganisationsAndMembersInOrder()
    {
        world.Seeded.ShouldBeTrue();
        var (organisations, members) = await world.Api.ReadAsync(async db => (
            await db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, Sector = o.Sector!.Code, o.PlaceCode }).ToListAsync(),
            await db.Members.OrderBy(m => m.Id).Select(m => new { m.Id, m.DisplayName }).ToListAsync()));

        organisations.Count.ShouldBe(12);
        organisations.Select(o => o.Sector).Distinct().Count().ShouldBe(11);
        organisations.Select(o => o.PlaceCode).OfType<string>().Distinct().Count().ShouldBe(3);
        organisations.Select(o => (o.Id, o.Name)).ShouldBe(DemoDataset.Organisations.Select((o, i) => ((long)i + 1, o.Name)));
        members.Count.ShouldBe(44);
        members.Select(m => (m.Id, m.DisplayName)).ShouldBe(DemoDataset.People.Select((p, i) => ((long)i + 1, p.DisplayName)));
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_HasEveryKindOfRecord()
    {
        var counts = await world.Api.ReadAsync(async db => new
        {
            Employments = await db.Employments.CountAsync(),
            Kinds = await db.Experiences.GroupBy(x => x.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            SelfDeclaredSecondments = await db.Experiences.CountAsync(x => x.Kind == ExperienceKind.Secondment && !x.Attestations.Any()),
            HostAttestedSecondments = await db.Experiences.CountAsync(x => x.Kind == ExperienceKind.Secondment && x.Attestations.Any(a => a.Method == AttestationMethod.HostOrganisation)),
            Verified = await db.Attestations.CountAsync(a => a.Level == VerificationLevel.Verified),
            Visibilities = await db.Reflections.GroupBy(r => r.Visibility).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            Statuses = await db.Applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            Awards = await db.Awards.CountAsync(),
            ConnectionSectors = await db.Connections.Select(c => c.SectorId).Distinct().CountAsync(),
            LiveGrants = await db.AccessGrants.CountAsync(),
            ExternalIds = await db.MemberExternalIds.CountAsync(),
            SchemeVersions = await db.SchemeVersions.OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(),
            Audit = await db.AuditEntries.Where(a => a.Action == "seedDemo").Select(a => a.Summary).ToListAsync(),
        });

        counts.Employments.ShouldBeGreaterThanOrEqualTo(2 * 44);
        Enum.GetValues<ExperienceKind>().ShouldAllBe(kind => counts.Kinds.GetValueOrDefault(kind) > 0);
        counts.SelfDeclaredSecondments.ShouldBeGreaterThan(0);
        counts.HostAttestedSecondments.ShouldBeGreaterThan(0);
        counts.Verified.ShouldBeGreaterThan(0);
        Enum.GetValues<ReflectionVisibility>().ShouldAllBe(v => counts.Visibilities.GetValueOrDefault(v) > 0);
        counts.Statuses.Keys.Order().ShouldBe([ApplicationStatus.Pending, ApplicationStatus.Awarded, ApplicationStatus.Refused]);
        counts.Awards.ShouldBe(counts.Statuses[ApplicationStatus.Awarded]);
        counts.ConnectionSectors.ShouldBeGreaterThanOrEqualTo(6);
        counts.LiveGrants.ShouldBeGreaterThan(0);
        counts.ExternalIds.ShouldBe(DemoDataset.People.SelectMany(p => p.Jobs).Count(j => j.ExternalId is not null));
        counts.SchemeVersions.ShouldBe([1, 2]);
        counts.Audit.ShouldHaveSingleItem().ShouldStartWith("Demo data: 12 organisations, 44 members");
    }

    [Fact]
    public async Task SeedAsync_SecondTime_AddsNothing()
    {
        static Task<int[]> CountAsync(Support.ApiServer api) => api.ReadAsync(async db => new[]
        {
            await db.Organisations.CountAsync(), await db.Members.CountAsync(), await db.Employments.CountAsync(), await db.Experiences.CountAsync(),
            await db.Reflections.CountAsync(), await db.Connections.CountAsync(), await db.Applications.CountAsync(), await db.SchemeVersions.CountAsync(),
        });
        var before = await CountAsync(world.Api);

        var seeded = await world.Seeder.SeedAsync();

        seeded.ShouldBeFalse();
        (await CountAsync(world.Api)).ShouldBe(before);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_EveryRecordLoadsAsAValidDomainObject()
    {
        var (careers, experiences, reflections, connections) = await world.Api.ReadAsync(async db =>
        {
            var ids = await db.Members.Select(m => m.Id).ToListAsync();
            return (await db.LoadCareersAsync(ids, await db.LoadTaxonomyAsync()), await db.Experiences.CountAsync(), await db.Reflections.CountAsync(),
                await db.Connections.CountAsync());
        });

        careers.Count.ShouldBe(44);
        careers.Values.Sum(c => c.Experiences.Count).ShouldBe(experiences);
        careers.Values.Sum(c => c.Reflections.Count).ShouldBe(reflections);
        careers.Values.Sum(c => c.Connections.Count).ShouldBe(connections);
        careers.Values.ShouldAllBe(c => c.Employments.Count >= 2 && c.Employments.Count <= 5);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_StoresTheReferenceSchemesVersions()
    {
        var versions = await world.Api.ReadAsync(db => db.SchemeVersions.OrderBy(v => v.Number).ToListAsync());

        versions.Select(v => (v.EffectiveFrom, v.Validity)).ShouldBe(ReferenceSchemes.PlaceLeadership.Versions.Select(v => (v.EffectiveFrom, v.Validity)));
        versions.Select(v => RequirementJson.Serialize(RequirementJson.Deserialize(v.RequirementJson)))
            .ShouldBe(ReferenceSchemes.PlaceLeadership.Versions.Select(v => RequirementJson.Serialize(v.Requirement)));
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_GivesEachPersonTheirProfileAgainstTheVersionInForce()
    {
        var (careers, requirement) = await world.Api.ReadAsync(async db =>
        {
            var ids = await db.Members.Select(m => m.Id).ToListAsync();
            var stored = await db.SchemeVersions.Where(v => v.EffectiveFrom <= Today).OrderByDescending(v => v.Number).FirstAsync();
            return (await db.LoadCareersAsync(ids, await db.LoadTaxonomyAsync()), RequirementJson.Deserialize(stored.RequirementJson));
        });
        var plan = EvaluationPlan.Compile(requirement);

        var outcomes = DemoDataset.People.Select((person, i) => (person, report: plan.Evaluate(careers[i + 1], Today))).ToList();

        foreach (var (person, report) in outcomes)
        {
            var outcome = report.Eligible ? DemoProfile.Eligible
                : report.EligibleFrom is { } from && from <= Today.PlusYears(1) ? DemoProfile.Close
                : DemoProfile.Far;
            outcome.ShouldBe(person.Profile, $"{person.DisplayName}: {report.Summary} | {string.Join(" | ", report.Requirements.Where(r => !r.IsMet).Select(r => r.Explanation))}");
        }

        outcomes.Count(o => o.report.Eligible).ShouldBeGreaterThanOrEqualTo(10);
        outcomes.Where(o => !o.report.Eligible && o.report.EligibleFrom is not null).ShouldAllBe(o => o.report.EligibleFrom > Today);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_ApplicationsAndAwardsReadThroughTheApi()
    {
        const string Query = "{ members(first: 100) { nodes { applications { status snapshot { eligible summary } reason award { current } } accreditations { current } } } }";

        var response = await world.Api.PostAsync(Query, null, await world.KeyAsync(Cpd.Api.Auth.CallerRole.Admin));

        response.ShouldHaveNoErrors();
        var applications = response.Data("members", "nodes").EnumerateArray().SelectMany(m => m.GetProperty("applications").EnumerateArray()).ToList();
        applications.Select(a => a.GetProperty("status").GetString()).Distinct().Order(StringComparer.Ordinal).ShouldBe(["AWARDED", "PENDING", "REFUSED"]);
        applications.Where(a => a.GetProperty("status").GetString() == "AWARDED")
            .ShouldAllBe(a => a.GetProperty("snapshot").GetProperty("eligible").GetBoolean() && a.GetProperty("award").GetProperty("current").GetBoolean());
        applications.ShouldAllBe(a => a.GetProperty("snapshot").GetProperty("summary").GetString()!.Length > 0);
        response.Data("members", "nodes").EnumerateArray().Sum(m => m.GetProperty("accreditations").GetArrayLength()).ShouldBe(5);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_DecidesApplicationsByTheirSnapshots()
    {
        var applications = await world.Api.ReadAsync(db => db.Applications.Include(a => a.SchemeVersion).ToListAsync());

        applications.ShouldAllBe(a => a.SnapshotJson.Contains("\"summary\"", StringComparison.Ordinal));
        foreach (var awarded in applications.Where(a => a.Status == ApplicationStatus.Awarded))
        {
            (awarded.SnapshotJson.Contains("\"eligible\":true", StringComparison.Ordinal) && awarded.Reason == null).ShouldBeTrue(awarded.SnapshotJson);
        }

        applications.Where(a => a.Status == ApplicationStatus.Refused).ShouldAllBe(a => a.Reason!.StartsWith("Not yet eligible.", StringComparison.Ordinal));
        applications.Where(a => a.Status != ApplicationStatus.Pending).ShouldAllBe(a => a.DecidedAt != null);
        applications.ShouldAllBe(a => a.SchemeVersion!.Number == 2);
    }
}
