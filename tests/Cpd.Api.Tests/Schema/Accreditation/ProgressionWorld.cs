using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Serialization;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Persistence.Queries;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Accreditation;

/// <summary>
/// The <see cref="CareerSeed"/> world (ann applied to the institute, ben granted the guild access) on a real server, plus two
/// schemes of the institute: the reference scheme (version 1 effective 2025-01-01 with 182 FTE-days, version 2 effective
/// 2027-01-01 with 273) and "simple" (100 attested FTE-days across sectors in five years, which ann's secondment meets);
/// and five crowd members who granted the institute access, plus one whose grant expired.
/// </summary>
public sealed class ProgressionWorld : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);

    public ApiServer Api { get; } = new();

    public CareerSeed Seed { get; } = new();

    /// <summary>The crowd members with a current grant to the institute.</summary>
    public IReadOnlyList<long> Crowd { get; private set; } = [];

    /// <summary>The crowd member whose grant to the institute expired.</summary>
    public long Expired { get; private set; }

    /// <summary>The API key of a caller: ann, ben, cat (members), institute, guild (assessors), council-hr, trust-hr, admin; null for anonymous.</summary>
    public string? Key(string caller) => _keys[caller];

    /// <summary>The id of a seeded row: CareerSeed's names, or reference, reference-v1, reference-v2, simple, simple-v1.</summary>
    public long this[string name] => _ids.TryGetValue(name, out var id) ? id : Seed[name];

    public string MemberId(string name) => GlobalId.Format("Member", this[name]);

    public string SchemeId(string name) => GlobalId.Format("Scheme", this[name]);

    public string ExperienceId(string name) => GlobalId.Format("Experience", this[name]);

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        await Api.SeedAsync(Seed.SeedAsync);
        await Api.SeedAsync(SeedSchemesAsync);
        foreach (var member in new[] { "ann", "ben", "cat" })
        {
            _keys[member] = await Api.KeyAsync(CallerRole.Member, Seed[member]);
        }

        _keys["institute"] = await Api.KeyAsync(CallerRole.Assessor, Seed["institute"]);
        _keys["guild"] = await Api.KeyAsync(CallerRole.Assessor, Seed["guild"]);
        _keys["council-hr"] = await Api.KeyAsync(CallerRole.HrSystem, Seed["council"]);
        _keys["trust-hr"] = await Api.KeyAsync(CallerRole.HrSystem, Seed["trust"]);
        _keys["admin"] = await Api.KeyAsync(CallerRole.Admin);
        _keys["anonymous"] = null;
    }

    public Task DisposeAsync() => Api.DisposeAsync();

    private async Task SeedSchemesAsync(CpdDbContext db, IdAllocator ids)
    {
        var institute = Seed["institute"];
        var reference = await SchemeAsync(db, ids, "reference", "place-leadership-reference", "Place Leadership Accreditation", institute);
        await VersionAsync(db, ids, "reference-v1", reference, 1, new LocalDate(2025, 1, 1), ReferenceSchemes.PlaceLeadershipRequirement(182));
        await VersionAsync(db, ids, "reference-v2", reference, 2, new LocalDate(2027, 1, 1), ReferenceSchemes.PlaceLeadershipRequirement(273));
        var simple = await SchemeAsync(db, ids, "simple", "simple-cross-sector", "Simple cross-sector time", institute);
        await VersionAsync(db, ids, "simple-v1", simple, 1, new LocalDate(2020, 1, 1), new CrossBoundaryTime
        {
            Id = "sector-time",
            Description = "100 FTE-days in another sector",
            Boundary = Boundary.Sector,
            MinimumDays = 100,
            Window = Window.Rolling(Period.FromYears(5)),
            Kinds = [ExperienceKind.Secondment, ExperienceKind.JointWork, ExperienceKind.Shadowing],
            MinimumVerification = VerificationLevel.Attested,
        });
        var nursing = await db.Professions.Where(p => p.Code == "nursing").Select(p => p.Id).SingleAsync();
        var members = await CareerSeed.SeedCrowdAsync(db, ids, 6, Seed["council"], Seed["trust"], nursing);
        Crowd = [.. members.Take(5)];
        Expired = members[5];
        foreach (var member in members)
        {
            db.Add(new AccessGrantRecord
            {
                Id = await ids.NextAsync<AccessGrantRecord>(db), MemberId = member, BodyId = institute, GrantedAt = CareerSeed.Now - Duration.FromDays(30),
                ExpiresAt = member == Expired ? CareerSeed.Now - Duration.FromDays(1) : null,
            });
        }
    }

    private async Task<long> SchemeAsync(CpdDbContext db, IdAllocator ids, string name, string code, string title, long body)
    {
        var scheme = new SchemeRecord { Id = await ids.NextAsync<SchemeRecord>(db), BodyId = body, Code = code, Name = title };
        db.Add(scheme);
        _ids[name] = scheme.Id;
        return scheme.Id;
    }

    private async Task VersionAsync(CpdDbContext db, IdAllocator ids, string name, long scheme, int number, LocalDate effectiveFrom, Requirement requirement)
    {
        var version = new SchemeVersionRecord
        {
            Id = await ids.NextAsync<SchemeVersionRecord>(db), SchemeId = scheme, Number = number, EffectiveFrom = effectiveFrom,
            Validity = Period.FromYears(3), RequirementJson = RequirementJson.Serialize(requirement), PublishedAt = CareerSeed.Now,
        };
        db.Add(version);
        _ids[name] = version.Id;
    }
}
