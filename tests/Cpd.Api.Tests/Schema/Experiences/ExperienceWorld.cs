using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Experiences;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Experiences;

/// <summary>
/// An <see cref="ApiServer"/> with two organisations (a health trust that hosts, a council), two members, two accrediting
/// bodies (the first holds an access grant from the first member) and a key for every caller the access rules tell apart.
/// </summary>
public sealed class ExperienceWorld : IAsyncLifetime
{
    /// <summary>The callers the write rules distinguish, by the names the tests use.</summary>
    public static readonly TheoryData<string> Callers = new(["member", "other-member", "assessor-with-access", "assessor-without-access", "hr-host", "hr-other", "admin", "anonymous"]);

    private readonly Dictionary<string, string?> _keys = [];

    public ApiServer Api { get; } = new();

    public OrganisationRecord Host { get; private set; } = null!;

    public OrganisationRecord Council { get; private set; } = null!;

    public MemberRecord Member { get; private set; } = null!;

    public MemberRecord OtherMember { get; private set; } = null!;

    public AccreditingBodyRecord BodyWithAccess { get; private set; } = null!;

    public AccreditingBodyRecord BodyWithoutAccess { get; private set; } = null!;

    public string MemberKey => Key("member")!;

    public string OtherMemberKey => Key("other-member")!;

    public static string IdOf(OrganisationRecord organisation) => GlobalId.Format("Organisation", organisation.Id);

    public static string IdOf(AccreditingBodyRecord body) => GlobalId.Format("AccreditingBody", body.Id);

    public static string ExperienceId(long id) => GlobalId.Format("Experience", id);

    /// <summary>The key of a caller named in <see cref="Callers"/> (null for anonymous).</summary>
    public string? Key(string caller) => _keys[caller];

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        await Api.SeedAsync(async (db, ids) =>
        {
            var health = await db.Sectors.SingleAsync(s => s.Code == "health");
            var council = await db.Sectors.SingleAsync(s => s.Code == "local-government");
            Host = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire NHS Trust", SectorId = health.Id, PlaceCode = "E07000113", CreatedAt = ApiServer.Start };
            Council = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire Council", SectorId = council.Id, PlaceCode = "E07000113", CreatedAt = ApiServer.Start };
            Member = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = "Ada Okafor", CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start };
            OtherMember = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = "Ben Price", CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start };
            BodyWithAccess = new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "ipl", Name = "Institute of Place Leadership" };
            BodyWithoutAccess = new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "other", Name = "Other Institute" };
            db.AddRange(Host, Council, Member, OtherMember, BodyWithAccess, BodyWithoutAccess);
            db.AccessGrants.Add(new AccessGrantRecord { Id = await ids.NextAsync<AccessGrantRecord>(db), MemberId = Member.Id, BodyId = BodyWithAccess.Id, GrantedAt = ApiServer.Start });
        });
        _keys["member"] = await Api.KeyAsync(CallerRole.Member, Member.Id);
        _keys["other-member"] = await Api.KeyAsync(CallerRole.Member, OtherMember.Id);
        _keys["assessor-with-access"] = await Api.KeyAsync(CallerRole.Assessor, BodyWithAccess.Id);
        _keys["assessor-without-access"] = await Api.KeyAsync(CallerRole.Assessor, BodyWithoutAccess.Id);
        _keys["hr-host"] = await Api.KeyAsync(CallerRole.HrSystem, Host.Id);
        _keys["hr-other"] = await Api.KeyAsync(CallerRole.HrSystem, Council.Id);
        _keys["admin"] = await Api.KeyAsync(CallerRole.Admin);
        _keys["anonymous"] = null;
    }

    /// <summary>Adds a secondment of the first member's at the host organisation, straight into the database.</summary>
    public async Task<ExperienceRecord> SeedSecondmentAsync(long? memberId = null)
    {
        ExperienceRecord record = null!;
        await Api.SeedAsync(async (db, ids) =>
        {
            record = new ExperienceRecord
            {
                Id = await ids.NextAsync<ExperienceRecord>(db),
                MemberId = memberId ?? Member.Id,
                Kind = ExperienceKind.Secondment,
                Title = "Secondment to the trust",
                HostOrganisationId = Host.Id,
                Start = new LocalDate(2025, 1, 6),
                Fte = 0.6m,
                CreatedAt = ApiServer.Start,
                UpdatedAt = ApiServer.Start,
            };
            db.Experiences.Add(record);
        });
        return record;
    }

    /// <summary>The code a mutation is refused with for a caller who may not make it (null when allowed).</summary>
    public static string? DeniedCode(string caller, params string[] allowed) =>
        allowed.Contains(caller) ? null : caller == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";

    public Task DisposeAsync() => Api.DisposeAsync();
}
