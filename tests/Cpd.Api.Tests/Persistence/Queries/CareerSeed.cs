using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Serialization;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Persistence.Queries;

/// <summary>
/// A small world of careers, every row named, seeded into any context (a <see cref="Support.TestDatabase"/> or the
/// <see cref="Support.ApiServer"/>'s store); sectors and professions are reused when the store already has them.
/// <list type="bullet">
/// <item>ann: social worker at the council (local government, 2020-01-01, ongoing, 1.0 FTE). Secondment to the trust
/// (health) 2024-01-01..2024-06-30 at 0.6 FTE, attested by the host and also disputed once; mentoring a health
/// counterpart; a learning event with health and policing; a CPD activity; a withdrawn shadowing. Reflections: private
/// (on the secondment), shared, published. A connection in health, an award of the institute's scheme. Applied to the
/// institute.</item>
/// <item>ben: nurse at the trust (2021-03-01, ongoing) and a part-time role at the council 2022-01-01..2022-12-31;
/// a joint-work placement with the police 2022-03-01..2022-04-30; a peer challenge at the council; an open access grant
/// for the guild; a shared reflection.</item>
/// <item>cat: police officer (2018-01-01, ongoing); nothing else.</item>
/// </list>
/// </summary>
public sealed class CareerSeed
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 9, 0);

    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);

    public long this[string name] => _ids[name];

    public async Task SeedAsync(CpdDbContext db, IdAllocator ids)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var localGov = await SectorAsync(db, ids, "local-government", "Local government");
        var health = await SectorAsync(db, ids, "health", "Health");
        var policing = await SectorAsync(db, ids, "policing", "Policing");
        var socialWork = await ProfessionAsync(db, ids, "social-work", "Social work");
        var nursing = await ProfessionAsync(db, ids, "nursing", "Nursing");
        var policingProfession = await ProfessionAsync(db, ids, "policing", "Policing");

        var council = Name("council", new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire Council", SectorId = localGov, PlaceCode = "E07000113", CreatedAt = Now });
        var trust = Name("trust", new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire NHS Trust", SectorId = health, PlaceCode = "E07000114", CreatedAt = Now });
        var police = Name("police", new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire Police", SectorId = policing, CreatedAt = Now });
        db.AddRange(council, trust, police);

        var institute = Name("institute", new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "ipl-" + Suffix(), Name = "Institute of Place Leadership" });
        var guild = Name("guild", new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "guild-" + Suffix(), Name = "Guild" });
        var scheme = Name("scheme", new SchemeRecord { Id = await ids.NextAsync<SchemeRecord>(db), BodyId = institute.Id, Code = "place-leadership", Name = "Place Leadership" });
        var version = Name("scheme-v1", new SchemeVersionRecord
        {
            Id = await ids.NextAsync<SchemeVersionRecord>(db), SchemeId = scheme.Id, Number = 1, EffectiveFrom = new LocalDate(2025, 1, 1),
            Validity = Period.FromYears(3), RequirementJson = RequirementJson.Serialize(ReferenceSchemes.PlaceLeadershipV1.Requirement), PublishedAt = Now,
        });
        db.AddRange(institute, guild, scheme, version);

        var ann = await MemberAsync(db, ids, "ann", "Ann Adeyemi");
        var ben = await MemberAsync(db, ids, "ben", "Ben Brown");
        await MemberAsync(db, ids, "cat", "Cat Clarke");

        await EmploymentAsync(db, ids, "ann@council", "ann", council.Id, socialWork, "Social worker", new LocalDate(2020, 1, 1), null, 1m);
        await EmploymentAsync(db, ids, "ben@trust", "ben", trust.Id, nursing, "Nurse", new LocalDate(2021, 3, 1), null, 0.8m);
        await EmploymentAsync(db, ids, "ben@council", "ben", council.Id, nursing, "Health liaison", new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31), 0.2m);
        await EmploymentAsync(db, ids, "cat@police", "cat", police.Id, policingProfession, "Constable", new LocalDate(2018, 1, 1), null, 1m);

        var secondment = await ExperienceAsync(db, ids, "ann-secondment", new ExperienceRecord
        {
            MemberId = ann.Id, Kind = ExperienceKind.Secondment, Title = "Secondment to the trust", HostOrganisationId = trust.Id, ProfessionId = nursing,
            Start = new LocalDate(2024, 1, 1), End = new LocalDate(2024, 6, 30), Fte = 0.6m,
        });
        db.Add(new AttestationRecord
        {
            Id = await ids.NextAsync<AttestationRecord>(db), ExperienceId = secondment.Id, Level = VerificationLevel.Attested, Method = AttestationMethod.HostOrganisation,
            Outcome = AttestationOutcome.Confirmed, AttestorName = "Dr Host", AttestorReference = "host@trust.example", At = Instant.FromUtc(2024, 7, 2, 10, 0),
        });
        db.Add(new AttestationRecord
        {
            Id = await ids.NextAsync<AttestationRecord>(db), ExperienceId = secondment.Id, Level = VerificationLevel.Verified, Method = AttestationMethod.Assessor,
            Outcome = AttestationOutcome.Disputed, AttestorName = "Doubting assessor", At = Instant.FromUtc(2024, 7, 3, 10, 0),
        });
        await ExperienceAsync(db, ids, "ann-mentoring", new ExperienceRecord
        {
            MemberId = ann.Id, Kind = ExperienceKind.Mentoring, Title = "Mentoring a ward manager", MentoringRole = MentoringRole.Mentor,
            CounterpartName = "Wendy Ward", CounterpartSectorId = health, CounterpartProfessionId = nursing,
            Start = new LocalDate(2025, 1, 1), Fte = 0.05m,
        });
        await ExperienceAsync(db, ids, "ann-event", new ExperienceRecord
        {
            MemberId = ann.Id, Kind = ExperienceKind.LearningEvent, Title = "Joint safeguarding day", Start = new LocalDate(2024, 3, 1), End = new LocalDate(2024, 3, 1),
            Hours = 6m, Categories = ["participatory"], SectorsInvolved = ["health", "policing"],
        });
        await ExperienceAsync(db, ids, "ann-cpd", new ExperienceRecord
        {
            MemberId = ann.Id, Kind = ExperienceKind.CpdActivity, Title = "Reading on integrated care", Start = new LocalDate(2024, 4, 1), End = new LocalDate(2024, 4, 1),
            Hours = 2.5m, Categories = ["self-directed"],
        });
        await ExperienceAsync(db, ids, "ann-withdrawn", new ExperienceRecord
        {
            MemberId = ann.Id, Kind = ExperienceKind.Shadowing, Title = "Shadowing (logged by mistake)", HostOrganisationId = police.Id,
            Start = new LocalDate(2023, 1, 1), End = new LocalDate(2023, 1, 5), Fte = 1m, WithdrawnAt = Now - Duration.FromDays(10),
        });
        await ExperienceAsync(db, ids, "ben-joint-work", new ExperienceRecord
        {
            MemberId = ben.Id, Kind = ExperienceKind.JointWork, Title = "Joint mental-health triage", HostOrganisationId = police.Id,
            Start = new LocalDate(2022, 3, 1), End = new LocalDate(2022, 4, 30), Fte = 0.5m,
        });
        await ExperienceAsync(db, ids, "ben-peer-challenge", new ExperienceRecord
        {
            MemberId = ben.Id, Kind = ExperienceKind.PeerChallenge, Title = "Peer review of the council's discharge team", PeerChallengeRole = PeerChallengeRole.Reviewer,
            HostOrganisationId = council.Id, Start = new LocalDate(2025, 5, 5), End = new LocalDate(2025, 5, 5), Hours = 7m,
        });

        await ReflectionAsync(db, ids, "ann-private", ann.Id, secondment.Id, ReflectionVisibility.Private);
        await ReflectionAsync(db, ids, "ann-shared", ann.Id, null, ReflectionVisibility.SharedWithAssessors);
        await ReflectionAsync(db, ids, "ann-published", ann.Id, null, ReflectionVisibility.PublishedAnonymised);
        await ReflectionAsync(db, ids, "ben-shared", ben.Id, null, ReflectionVisibility.SharedWithAssessors);

        db.Add(Name("ann-connection", new ConnectionRecord
        {
            Id = await ids.NextAsync<ConnectionRecord>(db), MemberId = ann.Id, Name = "Priya Patel", SectorId = health, ProfessionId = nursing, CreatedAt = Now,
        }));
        var application = Name("ann-application", new ApplicationRecord
        {
            Id = await ids.NextAsync<ApplicationRecord>(db), MemberId = ann.Id, SchemeVersionId = version.Id, AppliedOn = new LocalDate(2026, 10, 1),
            SnapshotJson = "{}", Status = ApplicationStatus.Awarded,
        });
        db.Add(application);
        db.Add(Name("ann-award", new AwardRecord
        {
            Id = await ids.NextAsync<AwardRecord>(db), MemberId = ann.Id, SchemeId = scheme.Id, SchemeVersionId = version.Id, ApplicationId = application.Id,
            AwardedOn = new LocalDate(2026, 11, 1), ExpiresOn = new LocalDate(2029, 11, 1),
        }));
        db.Add(Name("ben-guild", new AccessGrantRecord
        {
            Id = await ids.NextAsync<AccessGrantRecord>(db), MemberId = ben.Id, BodyId = guild.Id, GrantedAt = Now - Duration.FromDays(30),
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>Adds <paramref name="count"/> members, each with two employments and two experiences at the given organisations.</summary>
    public static async Task<IReadOnlyList<long>> SeedCrowdAsync(CpdDbContext db, IdAllocator ids, int count, long homeId, long hostId, long professionId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var members = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var member = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = $"Crowd member {i:000}", CreatedAt = Now, UpdatedAt = Now };
            db.Add(member);
            members.Add(member.Id);
            foreach (var (organisation, start) in new[] { (homeId, new LocalDate(2019, 1, 1)), (hostId, new LocalDate(2010, 1, 1)) })
            {
                db.Add(new EmploymentRecord
                {
                    Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = member.Id, OrganisationId = organisation, ProfessionId = professionId,
                    Role = "Officer", Start = start, End = start.PlusYears(5), Fte = 0.5m,
                });
            }

            foreach (var start in new[] { new LocalDate(2023, 1, 1), new LocalDate(2024, 1, 1) })
            {
                db.Add(new ExperienceRecord
                {
                    Id = await ids.NextAsync<ExperienceRecord>(db), MemberId = member.Id, Kind = ExperienceKind.Secondment, Title = "Crowd secondment",
                    HostOrganisationId = hostId, Start = start, End = start.PlusMonths(3), Fte = 0.5m, CreatedAt = Now, UpdatedAt = Now,
                });
            }
        }

        await db.SaveChangesAsync();
        return members;
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<long> SectorAsync(CpdDbContext db, IdAllocator ids, string code, string name)
    {
        if (await db.Sectors.Where(s => s.Code == code).Select(s => (long?)s.Id).SingleOrDefaultAsync() is { } id)
        {
            return id;
        }

        var sector = new SectorRecord { Id = await ids.NextAsync<SectorRecord>(db), Code = code, Name = name };
        db.Add(sector);
        return sector.Id;
    }

    private static async Task<long> ProfessionAsync(CpdDbContext db, IdAllocator ids, string code, string name)
    {
        if (await db.Professions.Where(s => s.Code == code).Select(s => (long?)s.Id).SingleOrDefaultAsync() is { } id)
        {
            return id;
        }

        var profession = new ProfessionRecord { Id = await ids.NextAsync<ProfessionRecord>(db), Code = code, Name = name };
        db.Add(profession);
        return profession.Id;
    }

    private T Name<T>(string name, T record)
        where T : class
    {
        _ids.Add(name, (long)typeof(T).GetProperty("Id")!.GetValue(record)!);
        return record;
    }

    private async Task<MemberRecord> MemberAsync(CpdDbContext db, IdAllocator ids, string name, string displayName)
    {
        var member = Name(name, new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = displayName, CreatedAt = Now, UpdatedAt = Now });
        db.Add(member);
        return member;
    }

    private async Task EmploymentAsync(CpdDbContext db, IdAllocator ids, string name, string member, long organisationId, long professionId, string role,
        LocalDate start, LocalDate? end, decimal fte) =>
        db.Add(Name(name, new EmploymentRecord
        {
            Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = this[member], OrganisationId = organisationId, ProfessionId = professionId,
            Role = role, Start = start, End = end, Fte = fte,
        }));

    private async Task<ExperienceRecord> ExperienceAsync(CpdDbContext db, IdAllocator ids, string name, ExperienceRecord experience)
    {
        experience.Id = await ids.NextAsync<ExperienceRecord>(db);
        experience.CreatedAt = Now;
        experience.UpdatedAt = Now;
        db.Add(Name(name, experience));
        return experience;
    }

    private async Task ReflectionAsync(CpdDbContext db, IdAllocator ids, string name, long memberId, long? experienceId, ReflectionVisibility visibility) =>
        db.Add(Name(name, new ReflectionRecord
        {
            Id = await ids.NextAsync<ReflectionRecord>(db), MemberId = memberId, ExperienceId = experienceId, WhatWorked = "worked: " + name,
            WhatDidNotWork = "secret text of " + name, Visibility = visibility, CreatedAt = Now - Duration.FromDays(5), UpdatedAt = Now,
        }));
}
