using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Cpd.Client.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>
/// The real API (<see cref="ApiServer"/>: Kestrel on loopback, a fresh SQLite file, a fake clock) with a health trust
/// whose HR system the tests act as, a council, two members (Ada works for the council, Ben for the trust), an
/// accrediting body, and an API key for each of them and for an administrator. One per test class.
/// </summary>
public sealed class EndToEndWorld : IAsyncLifetime
{
    public ApiServer Api { get; } = new();

    public OrganisationRecord Trust { get; private set; } = null!;

    public OrganisationRecord Council { get; private set; } = null!;

    public MemberRecord Ada { get; private set; } = null!;

    public MemberRecord Ben { get; private set; } = null!;

    public AccreditingBodyRecord Body { get; private set; } = null!;

    /// <summary>The trust's HR system.</summary>
    public string TrustHrKey { get; private set; } = string.Empty;

    /// <summary>The council's HR system.</summary>
    public string CouncilHrKey { get; private set; } = string.Empty;

    public string AdaKey { get; private set; } = string.Empty;

    public string BenKey { get; private set; } = string.Empty;

    /// <summary>An assessor of <see cref="Body"/>, to which nobody has given access.</summary>
    public string AssessorKey { get; private set; } = string.Empty;

    public string AdminKey { get; private set; } = string.Empty;

    public string TrustId => GlobalId.Format("Organisation", Trust.Id);

    public string CouncilId => GlobalId.Format("Organisation", Council.Id);

    public string AdaId => GlobalId.Format("Member", Ada.Id);

    public string BenId => GlobalId.Format("Member", Ben.Id);

    public string BodyId => GlobalId.Format("AccreditingBody", Body.Id);

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        await Api.SeedAsync(async (db, ids) =>
        {
            var health = await db.Sectors.SingleAsync(s => s.Code == "health");
            var localGovernment = await db.Sectors.SingleAsync(s => s.Code == "local-government");
            var socialWork = await db.Professions.SingleAsync(p => p.Code == "social-work");
            var nursing = await db.Professions.SingleAsync(p => p.Code == "nursing");
            Trust = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire NHS Trust", SectorId = health.Id, PlaceCode = "E07000113", CreatedAt = ApiServer.Start };
            Council = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire Council", SectorId = localGovernment.Id, PlaceCode = "E07000113", CreatedAt = ApiServer.Start };
            Ada = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = "Ada Okafor", CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start };
            Ben = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = "Ben Price", CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start };
            Body = new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "ipl", Name = "Institute of Place Leadership" };
            db.AddRange(Trust, Council, Ada, Ben, Body);
            db.Employments.AddRange(
                new EmploymentRecord { Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = Ada.Id, OrganisationId = Council.Id, Role = "Senior social worker", ProfessionId = socialWork.Id, Start = new NodaTime.LocalDate(2019, 4, 1), Fte = 1m },
                new EmploymentRecord { Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = Ben.Id, OrganisationId = Trust.Id, Role = "Staff nurse", ProfessionId = nursing.Id, Start = new NodaTime.LocalDate(2021, 9, 1), Fte = 0.8m });
        });
        TrustHrKey = await Api.KeyAsync(CallerRole.HrSystem, Trust.Id);
        CouncilHrKey = await Api.KeyAsync(CallerRole.HrSystem, Council.Id);
        AdaKey = await Api.KeyAsync(CallerRole.Member, Ada.Id);
        BenKey = await Api.KeyAsync(CallerRole.Member, Ben.Id);
        AssessorKey = await Api.KeyAsync(CallerRole.Assessor, Body.Id);
        AdminKey = await Api.KeyAsync(CallerRole.Admin);
    }

    /// <summary>A client of the API with the given key, retrying without really waiting; pass a handler to see or disturb every attempt.</summary>
    public CpdClient Client(string key, Action<CpdClientOptions>? configure = null, HttpMessageHandler? handler = null)
    {
        var options = TestClients.Options(Api.Endpoint, configure: o =>
        {
            o.ApiKey = key;
            configure?.Invoke(o);
        });
        return handler is null ? new CpdClient(options) : new CpdClient(new HttpClient(handler, disposeHandler: true), options);
    }

    /// <summary>
    /// Defines a scheme of <see cref="Body"/> and publishes its version 1 (effective 2026-01-01, valid three years): 30 days
    /// on secondment in another sector, attested, within five years; and one peer challenge ever.
    /// </summary>
    /// <returns>The scheme's global id.</returns>
    public async Task<string> PublishSchemeAsync(string code)
    {
        var defined = await Api.PostAsync(
            "mutation($input: DefineSchemeInput!) { defineScheme(input: $input) { scheme { id } errors { code } } }",
            new { input = new { bodyId = BodyId, code, name = "Place leadership (" + code + ")", description = "Leading across a place's public services." } },
            AdminKey);
        var schemeId = defined.Data("defineScheme", "scheme", "id").GetString()!;
        var requirement = new
        {
            allOf = new
            {
                id = "place-leadership",
                description = "Place leadership",
                of = new object[]
                {
                    new { crossBoundaryTime = new { id = "cross-sector-time", boundary = "SECTOR", minimumDays = 30, window = "P5Y", kinds = new[] { "SECONDMENT" }, minimumVerification = "ATTESTED" } },
                    new { experienceCount = new { id = "peer-challenge", kinds = new[] { "PEER_CHALLENGE" }, minimum = 1, window = "EVER" } },
                },
            },
        };
        var published = await Api.PostAsync(
            "mutation($input: PublishSchemeVersionInput!) { publishSchemeVersion(input: $input) { errors { code field } } }",
            new { input = new { schemeId, effectiveFrom = "2026-01-01", validity = "P3Y", requirement } },
            AdminKey);
        published.UserErrors("publishSchemeVersion").ShouldBeEmpty(published.Body);
        return schemeId;
    }

    /// <summary>Counts rows of the app's database.</summary>
    public Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>>? where = null)
        where T : class =>
        Api.ReadAsync(db => where is null ? db.Set<T>().CountAsync() : db.Set<T>().CountAsync(where));

    public Task DisposeAsync() => Api.DisposeAsync();
}
