using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Serialization;
using Cpd.Api.Schema.Common;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Bench;

/// <summary>What the load generator needs: an admin key, the reference scheme and the members to check.</summary>
internal sealed record BenchSetup(string Key, string SchemeId, IReadOnlyList<string> MemberIds);

/// <summary>
/// A synthetic, deterministic population (seed 42): 200 members at 12 organisations in 11 sectors, each with a home employment,
/// one to three cross-sector secondments, joint work or shadowing (about 60% attested, some ongoing), a peer challenge, mentoring,
/// learning events and CPD activities over three years, reflections and connections; the reference scheme version 1
/// (effective 2025-01-01) of the Institute of Place Leadership. Seeded once, on the first <c>/bench/setup</c>.
/// </summary>
internal sealed class BenchPopulation
{
    private const int Members = 200;
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 0, 0);
    private static readonly string[] SectorCodes =
        ["local-government", "health", "social-care", "education", "policing", "criminal-justice", "fire-rescue", "housing", "voluntary-community", "central-government", "private"];

    private readonly Lazy<Task<BenchSetup>> _setup;

    public BenchPopulation(IServiceProvider services) => _setup = new(() => SeedAsync(services, CancellationToken.None));

    /// <summary>The population, seeded by the first caller.</summary>
    public Task<BenchSetup> EnsureAsync() => _setup.Value;

    private static async Task<BenchSetup> SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var ids = services.GetRequiredService<IdAllocator>();
        var db = await services.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var random = new Random(42);
            var sectors = await db.Sectors.ToDictionaryAsync(s => s.Code, s => s.Id, ct).ConfigureAwait(false);
            var professions = await db.Professions.Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
            var organisations = new List<OrganisationRecord>();
            for (var i = 0; i < 12; i++)
            {
                var sector = SectorCodes[i % SectorCodes.Length];
                organisations.Add(new OrganisationRecord
                {
                    Id = await ids.NextAsync<OrganisationRecord>(db, ct).ConfigureAwait(false), Name = $"Bench {sector} {i}", SectorId = sectors[sector],
                    PlaceCode = $"E0700011{i % 3}", CreatedAt = Now,
                });
            }

            db.AddRange(organisations);
            var body = new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db, ct).ConfigureAwait(false), Code = "bench-ipl", Name = "Institute of Place Leadership" };
            var scheme = new SchemeRecord { Id = await ids.NextAsync<SchemeRecord>(db, ct).ConfigureAwait(false), BodyId = body.Id, Code = ReferenceSchemes.PlaceLeadershipCode, Name = "Place Leadership Accreditation" };
            db.AddRange(body, scheme, new SchemeVersionRecord
            {
                Id = await ids.NextAsync<SchemeVersionRecord>(db, ct).ConfigureAwait(false), SchemeId = scheme.Id, Number = 1, EffectiveFrom = new LocalDate(2025, 1, 1),
                Validity = Period.FromYears(3), RequirementJson = RequirementJson.Serialize(ReferenceSchemes.PlaceLeadershipRequirement(182)), PublishedAt = Now,
            });

            var members = new List<string>();
            for (var m = 0; m < Members; m++)
            {
                var member = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db, ct).ConfigureAwait(false), DisplayName = $"Bench member {m:000}", CreatedAt = Now, UpdatedAt = Now };
                db.Add(member);
                members.Add(GlobalId.Format("Member", member.Id));
                var home = organisations[random.Next(organisations.Count)];
                db.Add(new EmploymentRecord
                {
                    Id = await ids.NextAsync<EmploymentRecord>(db, ct).ConfigureAwait(false), MemberId = member.Id, OrganisationId = home.Id,
                    ProfessionId = professions[random.Next(professions.Count)], Role = "Officer", Start = new LocalDate(2014 + random.Next(6), 1 + random.Next(12), 1), Fte = 1m,
                });
                var others = organisations.Where(o => o.SectorId != home.SectorId).ToList();
                for (var s = random.Next(1, 4); s > 0; s--)
                {
                    var start = new LocalDate(2021, 1, 1).PlusDays(random.Next(5 * 365));
                    var kind = new[] { ExperienceKind.Secondment, ExperienceKind.JointWork, ExperienceKind.Shadowing }[random.Next(3)];
                    var experience = Experience(member.Id, kind, "Placement", start, random.Next(5) == 0 ? null : start.PlusDays(90 + random.Next(300)));
                    experience.HostOrganisationId = others[random.Next(others.Count)].Id;
                    experience.Fte = 0.2m + (random.Next(9) / 10m);
                    await AddAsync(db, ids, experience, ct).ConfigureAwait(false);
                    if (random.Next(10) < 6)
                    {
                        db.Add(new AttestationRecord
                        {
                            Id = await ids.NextAsync<AttestationRecord>(db, ct).ConfigureAwait(false), ExperienceId = experience.Id, Level = VerificationLevel.Attested,
                            Method = AttestationMethod.HostOrganisation, Outcome = AttestationOutcome.Confirmed, AttestorName = "Host manager", At = Now,
                        });
                    }

                    if (random.Next(10) < 7)
                    {
                        await ReflectAsync(db, ids, member.Id, experience.Id, ct).ConfigureAwait(false);
                    }
                }

                if (random.Next(10) < 7)
                {
                    var peer = Experience(member.Id, ExperienceKind.PeerChallenge, "Peer challenge", new LocalDate(2024, 1, 1).PlusDays(random.Next(1000)), null);
                    peer.End = peer.Start;
                    peer.PeerChallengeRole = PeerChallengeRole.Reviewer;
                    peer.HostOrganisationId = others[random.Next(others.Count)].Id;
                    peer.Hours = 7m;
                    await AddAsync(db, ids, peer, ct).ConfigureAwait(false);
                }

                if (random.Next(2) == 0)
                {
                    var mentoring = Experience(member.Id, ExperienceKind.Mentoring, "Mentoring", new LocalDate(2024, 6, 1).PlusDays(random.Next(600)), null);
                    mentoring.MentoringRole = MentoringRole.Mentor;
                    mentoring.CounterpartName = "Counterpart";
                    mentoring.CounterpartSectorId = sectors[SectorCodes[random.Next(SectorCodes.Length)]];
                    mentoring.Fte = 0.05m;
                    await AddAsync(db, ids, mentoring, ct).ConfigureAwait(false);
                }

                for (var e = random.Next(10, 22); e > 0; e--)
                {
                    var learning = random.Next(2) == 0;
                    var day = new LocalDate(2023, 12, 1).PlusDays(random.Next(1080));
                    var record = Experience(member.Id, learning ? ExperienceKind.LearningEvent : ExperienceKind.CpdActivity, learning ? "Cross-sector event" : "Course", day, day);
                    record.Hours = 3m + random.Next(7);
                    record.Categories = [learning ? "participatory" : new[] { "formal", "self-directed", "informal" }[random.Next(3)]];
                    record.SectorsInvolved = learning ? [SectorCodes[random.Next(SectorCodes.Length)], SectorCodes[random.Next(SectorCodes.Length)]] : [];
                    record.SectorsInvolved = [.. record.SectorsInvolved.Distinct()];
                    await AddAsync(db, ids, record, ct).ConfigureAwait(false);
                }

                for (var c = random.Next(2, 7); c > 0; c--)
                {
                    db.Add(new ConnectionRecord
                    {
                        Id = await ids.NextAsync<ConnectionRecord>(db, ct).ConfigureAwait(false), MemberId = member.Id, Name = $"Contact {c}",
                        SectorId = sectors[SectorCodes[random.Next(SectorCodes.Length)]], CreatedAt = Now,
                    });
                }
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var key = await services.GetRequiredService<ApiKeyIssuer>().CreateAsync(new ApiKeyRequest("ADMIN", "bench"), Caller.ForAdmin("bench"), ct).ConfigureAwait(false);
            return new BenchSetup(key.Unwrap().Key, GlobalId.Format("Scheme", scheme.Id), members);
        }
    }

    private static ExperienceRecord Experience(long memberId, ExperienceKind kind, string title, LocalDate start, LocalDate? end) => new()
    {
        MemberId = memberId, Kind = kind, Title = title, Start = start, End = end, CreatedAt = Now, UpdatedAt = Now,
    };

    private static async Task AddAsync(CpdDbContext db, IdAllocator ids, ExperienceRecord experience, CancellationToken ct)
    {
        experience.Id = await ids.NextAsync<ExperienceRecord>(db, ct).ConfigureAwait(false);
        db.Add(experience);
    }

    private static async Task ReflectAsync(CpdDbContext db, IdAllocator ids, long memberId, long experienceId, CancellationToken ct) => db.Add(new ReflectionRecord
    {
        Id = await ids.NextAsync<ReflectionRecord>(db, ct).ConfigureAwait(false), MemberId = memberId, ExperienceId = experienceId, WhatWorked = "Shared triage",
        WhatDidNotWork = "Data sharing took months to agree", Visibility = ReflectionVisibility.Private, CreatedAt = Now, UpdatedAt = Now,
    });
}
