using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Auth;

public sealed class AuthorizationQueriesTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private const string AnnExperiences = "ann-event-first-trust-day ann-event-last-council-day ann-ongoing-since-2019 ann-ongoing-since-2024 "
        + "ann-secondment ann-shadowing-ending-day-before-council ann-shadowing-ending-first-council-day";

    // Every role × every kind of object: the names of the rows the caller may see (sorted), "" for none.
    public static TheoryData<string, string, string> Matrix() => new()
    {
        { "ann", "members", "ann" },
        { "ben", "members", "ben" },
        { "institute", "members", "ann" },
        { "guild", "members", "ben dan" },
        { "council-hr", "members", "ann ben" },
        { "trust-hr", "members", "ann cat" },
        { "admin", "members", "ann ben cat dan" },
        { "anonymous", "members", "" },

        { "ann", "employments", "ann@council ann@trust" },
        { "ben", "employments", "ben@council" },
        { "institute", "employments", "ann@council ann@trust" },
        { "guild", "employments", "ben@council" },
        { "council-hr", "employments", "ann@council ben@council" },
        { "trust-hr", "employments", "ann@trust cat@trust" },
        { "admin", "employments", "ann@council ann@trust ben@council cat@trust" },
        { "anonymous", "employments", "" },

        { "ann", "experiences", AnnExperiences },
        { "ben", "experiences", "ben-secondment" },
        { "institute", "experiences", AnnExperiences },
        { "guild", "experiences", "ben-secondment dan-secondment" },
        { "council-hr", "experiences", "ann-event-last-council-day ann-ongoing-since-2019 ann-secondment ann-shadowing-ending-first-council-day ben-secondment" },
        { "trust-hr", "experiences", "ann-event-first-trust-day ann-ongoing-since-2019 ann-ongoing-since-2024" },
        { "admin", "experiences", AnnExperiences + " ben-secondment dan-secondment" },
        { "anonymous", "experiences", "" },

        { "ann", "reflections", "ann-private ann-published ann-shared" },
        { "ben", "reflections", "ben-private ben-shared" },
        { "institute", "reflections", "ann-published ann-shared" },
        { "guild", "reflections", "ben-shared dan-shared" },
        { "council-hr", "reflections", "" },
        { "trust-hr", "reflections", "" },
        { "admin", "reflections", "ann-private ann-published ann-shared ben-private ben-shared dan-shared" },
        { "anonymous", "reflections", "" },

        { "ann", "connections", "ann-connection" },
        { "institute", "connections", "ann-connection" },
        { "guild", "connections", "ben-connection" },
        { "council-hr", "connections", "" },
        { "admin", "connections", "ann-connection ben-connection" },
        { "anonymous", "connections", "" },

        { "ann", "applications", "ann-application" },
        { "ben", "applications", "" },
        { "institute", "applications", "ann-application" },
        { "guild", "applications", "" },
        { "council-hr", "applications", "" },
        { "admin", "applications", "ann-application" },
        { "anonymous", "applications", "" },

        { "ann", "awards", "ann-award" },
        { "institute", "awards", "ann-award" },
        { "guild", "awards", "" },
        { "council-hr", "awards", "" },
        { "admin", "awards", "ann-award" },
        { "anonymous", "awards", "" },

        { "ann", "grants", "ann-guild-revoked" },
        { "institute", "grants", "" },
        { "guild", "grants", "ann-guild-revoked ben-guild-open cat-guild-expired dan-guild-tomorrow" },
        { "trust-hr", "grants", "" },
        { "admin", "grants", "ann-guild-revoked ben-guild-open cat-guild-expired dan-guild-tomorrow" },
        { "anonymous", "grants", "" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task VisibleTo_RoleAndKind_ShowsExactlyTheRowsTheTableAllows(string caller, string kind, string expected)
    {
        var seen = await VisibleAsync(world.ByName(caller), kind, AccessWorld.Now);

        seen.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task VisibleTo_Count_AgreesWithTheList(string caller, string kind, string expected)
    {
        await using var db = world.Database.CreateContext();

        var count = await CountAsync(db, world.ByName(caller), kind, AccessWorld.Now);

        count.ShouldBe(expected.Length == 0 ? 0 : expected.Split(' ').Length);
    }

    [Fact]
    public async Task VisibleTo_GrantExpiringAtThisInstant_NoLongerShowsTheMember()
    {
        var expiry = AccessWorld.Now + Duration.FromDays(1);

        (await VisibleAsync(world.Guild, "members", expiry - Duration.FromTicks(1))).ShouldBe("ben dan");
        (await VisibleAsync(world.Guild, "members", expiry)).ShouldBe("ben");
        (await VisibleAsync(world.Guild, "reflections", expiry)).ShouldBe("ben-shared");
        (await VisibleAsync(world.Guild, "experiences", expiry)).ShouldBe("ben-secondment");
    }

    [Fact]
    public async Task VisibleTo_BeforeAGrantExpired_ShowsTheMember()
    {
        var beforeCatsExpiry = AccessWorld.Now - Duration.FromDays(2);

        (await VisibleAsync(world.Guild, "members", beforeCatsExpiry)).ShouldBe("ben cat dan");
    }

    [Fact]
    public async Task VisibleTo_ComposedWithAnotherCondition_KeepsBoth()
    {
        await using var db = world.Database.CreateContext();

        var ids = await db.Experiences.Where(x => x.MemberId == world["ann"]).Where(x => x.End == null)
            .VisibleTo(world.TrustHr, AccessWorld.Now).Select(x => x.Id).ToListAsync();

        ids.Select(world.NameOf<ExperienceRecord>).Order(StringComparer.Ordinal).ShouldBe(["ann-ongoing-since-2019", "ann-ongoing-since-2024"]);
    }

    [Fact]
    public async Task MemberRule_InsideAnotherQuery_TranslatesToSql()
    {
        await using var db = world.Database.CreateContext();
        var rule = AuthorizationQueries.MemberRule(world.Guild, AccessWorld.Now);

        var names = await db.Members.Where(rule).OrderBy(m => m.DisplayName).Select(m => m.DisplayName).ToListAsync();

        names.ShouldBe(["ben", "dan"]);
    }

    private async Task<string> VisibleAsync(Caller caller, string kind, Instant now)
    {
        await using var db = world.Database.CreateContext();
        var names = kind switch
        {
            "members" => Names<MemberRecord>(await db.Members.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            "employments" => Names<EmploymentRecord>(await db.Employments.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            "experiences" => Names<ExperienceRecord>(await db.Experiences.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            "reflections" => Names<ReflectionRecord>(await db.Reflections.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            "connections" => Names<ConnectionRecord>(await db.Connections.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            "applications" => Names<ApplicationRecord>(await db.Applications.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            "awards" => Names<AwardRecord>(await db.Awards.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            "grants" => Names<AccessGrantRecord>(await db.AccessGrants.VisibleTo(caller, now).Select(x => x.Id).ToListAsync()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return string.Join(' ', names.Order(StringComparer.Ordinal));
    }

    private IEnumerable<string> Names<T>(List<long> ids) => ids.Select(world.NameOf<T>);

    private static Task<int> CountAsync(CpdDbContext db, Caller caller, string kind, Instant now) => kind switch
    {
        "members" => db.Members.VisibleTo(caller, now).CountAsync(),
        "employments" => db.Employments.VisibleTo(caller, now).CountAsync(),
        "experiences" => db.Experiences.VisibleTo(caller, now).CountAsync(),
        "reflections" => db.Reflections.VisibleTo(caller, now).CountAsync(),
        "connections" => db.Connections.VisibleTo(caller, now).CountAsync(),
        "applications" => db.Applications.VisibleTo(caller, now).CountAsync(),
        "awards" => db.Awards.VisibleTo(caller, now).CountAsync(),
        "grants" => db.AccessGrants.VisibleTo(caller, now).CountAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
