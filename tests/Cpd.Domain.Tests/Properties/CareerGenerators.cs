using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;
using Cpd.Domain.Taxonomy;
using Cpd.Domain.Tests.TestData;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cpd.Domain.Tests.Properties;

/// <summary>
/// FsCheck generators of realistic careers around <see cref="AsOf"/>: employments with FTE (overlapping jobs change home, and gaps leave
/// days without one), experiences of every kind (past, ongoing and planned; self-declared, attested or verified), learning records with
/// categories, reflections and connections. <see cref="Careers"/> mixes sparse careers with dense ones that are near eligibility for
/// the reference scheme, so that eligibility properties are not vacuous.
/// </summary>
public static class CareerGenerators
{
    public static readonly LocalDate AsOf = new(2026, 11, 22);

    private const int Year = 365;
    private static readonly CareerTaxonomy Taxonomy = CareerTaxonomy.Default;
    private static readonly FakeClock Clock = FakeClock.At(2026, 11, 22);
    private static readonly string[] Sectors = [.. Taxonomy.Sectors.Select(s => s.Code)];
    private static readonly string[] Professions = [.. Taxonomy.Professions.Select(p => p.Code).Take(5)];
    private static readonly string[] Categories = [.. Taxonomy.LearningCategories.Select(c => c.Code)];
    private static readonly string?[] Places = ["E07000113", "E06000001", "E09000033", null];
    private static readonly Organisation[] Organisations =
    [
        .. Sectors.Take(5).SelectMany(s => Places, (sector, place) => (sector, place)).Select((o, i) =>
            Organisation.Create(i + 1, $"{o.sector} {o.place}", o.sector, o.place, Taxonomy).Unwrap()),
    ];

    private static readonly Member Member = new MemberBuilder().WithId(1).Build();

    /// <summary>Gets careers: half sparse (few records, often gaps), half dense (many attested cross-sector records, some planned).</summary>
    public static Gen<CareerSample> Careers { get; } = Gen.Frequency((1, Career(dense: false)), (1, Career(dense: true)));

    /// <summary>Gets evaluation dates from two years before to two years after <see cref="AsOf"/>.</summary>
    public static Gen<LocalDate> EvaluationDates { get; } = Gen.Frequency((3, Gen.Constant(AsOf)), (2, Day(-2 * Year, 2 * Year)));

    /// <summary>An experience of any kind with the given id.</summary>
    public static Gen<Experience> Experience(long id) => Gen.Frequency(
        (4, PeriodExperience(id, dense: true)),
        (1, PeerChallenge(id, dense: true)),
        (3, LearningRecord(id, dense: true)));

    private static Gen<CareerSample> Career(bool dense) =>
        from employments in Employments(dense)
        from periods in dense ? Gen.Choose(2, 10) : Gen.Choose(0, 4)
        from peers in Gen.Choose(0, dense ? 3 : 1)
        from learning in dense ? Gen.Choose(10, 30) : Gen.Choose(0, 8)
        from experiences in Experiences(periods, peers, learning, dense)
        from reflected in Gen.ArrayOf(Gen.Choose(0, 9), experiences.Length)
        from connections in Gen.Choose(0, 7).SelectMany(n => Gen.ArrayOf(Gen.Elements(Sectors), n))
        select new CareerSample(
            Member,
            employments,
            experiences,
            [.. experiences.Where((x, i) => x.Kind != ExperienceKind.CpdActivity && reflected[i] < (dense ? 8 : 4)).Select((x, i) => Reflect(i + 1, x.Id))],
            [.. connections.Select((sector, i) => Connection.Create(i + 1, Member.Id, $"Contact {i + 1}", sector, null, Taxonomy).Unwrap())]);

    private static Gen<Employment[]> Employments(bool dense)
    {
        var job =
            from organisation in Gen.Elements(Organisations)
            from profession in Gen.Elements(Professions)
            from start in Day(-20 * Year, Year)
            from end in End(start, 30, 8 * Year, ongoingPercent: 30)
            from fte in Gen.Elements(1m, 1m, 0.8m, 0.6m, 0.5m, 0.2m)
            select (organisation, profession, start, end, fte);

        // Dense careers always have a long-standing job, so that most days have a home.
        var lifelong = job.Select(j => j with { start = AsOf.PlusDays(-12 * Year), end = null, fte = 1m });
        return from first in Gen.ArrayOf(lifelong, dense ? 1 : 0)
               from rest in Gen.Choose(0, dense ? 3 : 4).SelectMany(n => Gen.ArrayOf(job, n))
               select first.Concat(rest)
                   .Select((j, i) => Employment.Create(i + 1, Member.Id, j.organisation, "Officer", j.profession, j.start, j.end, j.fte, Taxonomy).Unwrap())
                   .ToArray();
    }

    private static Gen<Experience[]> Experiences(int periods, int peers, int learning, bool dense)
    {
        var gens = new List<Gen<Experience>>();
        var id = 0L;
        for (var i = 0; i < periods; i++)
        {
            gens.Add(PeriodExperience(++id, dense));
        }

        for (var i = 0; i < peers; i++)
        {
            gens.Add(PeerChallenge(++id, dense));
        }

        for (var i = 0; i < learning; i++)
        {
            gens.Add(LearningRecord(++id, dense));
        }

        return Gen.CollectToArray(gens);
    }

    private static Gen<Experience> PeriodExperience(long id, bool dense) =>
        from kind in Gen.Elements(ExperienceKind.Secondment, ExperienceKind.Secondment, ExperienceKind.Shadowing, ExperienceKind.JointWork, ExperienceKind.Mentoring)
        from host in Gen.Elements(Organisations)
        from profession in Gen.Elements(Professions)
        from start in Day(dense ? -4 * Year : -8 * Year, dense ? Year : 2 * Year)
        from end in End(start, 1, kind == ExperienceKind.Shadowing ? 20 : 2 * Year, ongoingPercent: 20)
        from fte in kind == ExperienceKind.Mentoring ? Gen.Elements(0.02m, 0.05m, 0.1m) : Gen.Elements(1m, 0.8m, 0.5m, 0.4m, 0.2m)
        from level in Verification(dense)
        select Attest(kind switch
        {
            ExperienceKind.Secondment => Secondment.Create(id, Member.Id, "Secondment", host, profession, start, end, fte, Taxonomy).Unwrap(),
            ExperienceKind.Shadowing => Shadowing.Create(id, Member.Id, "Shadowing", host, null, start, end, fte, Taxonomy).Unwrap(),
            ExperienceKind.JointWork => JointWork.Create(id, Member.Id, "Joint work", host, profession, start, end, fte, Taxonomy).Unwrap(),
            _ => Mentoring.Create(id, Member.Id, "Mentoring", id % 2 == 0 ? MentoringRole.Mentor : MentoringRole.Mentee, "Sam", host.SectorCode, profession, start, end, fte, Taxonomy).Unwrap(),
        }, level);

    private static Gen<Experience> PeerChallenge(long id, bool dense) =>
        from peer in Gen.Elements(Organisations)
        from date in Day(dense ? -3 * Year : -6 * Year, Year)
        from hours in Gen.Choose(1, 40)
        from level in Verification(dense)
        select Attest(Cpd.Domain.Experiences.PeerChallenge.Create(id, Member.Id, "Peer challenge", PeerChallengeRole.Reviewer, peer, date, hours).Unwrap(), level);

    private static Gen<Experience> LearningRecord(long id, bool dense) =>
        from date in Day(dense ? -3 * Year : -6 * Year, dense ? Year : 2 * Year)
        from quarters in Gen.Choose(1, dense ? 64 : 48)
        from categories in Gen.Shuffle(Categories).Zip(Gen.Choose(1, 3), (all, n) => all.Take(n).ToArray())
        from sectors in Gen.Shuffle(Sectors).Zip(Gen.Choose(0, 3), (all, n) => all.Take(n).ToArray())
        from isEvent in Gen.Elements(true, false)
        select isEvent
            ? (Experience)LearningEvent.Create(id, Member.Id, "Learning event", date, quarters / 4m, categories, sectors, Taxonomy).Unwrap()
            : CpdActivity.Create(id, Member.Id, "CPD", date, quarters / 4m, categories, Taxonomy).Unwrap();

    private static Gen<VerificationLevel> Verification(bool dense) => dense
        ? Gen.Elements(VerificationLevel.Attested, VerificationLevel.Attested, VerificationLevel.Verified, VerificationLevel.SelfDeclared)
        : Gen.Elements(VerificationLevel.SelfDeclared, VerificationLevel.Attested, VerificationLevel.Verified);

    private static Gen<LocalDate> Day(int fromOffset, int toOffset) => Gen.Choose(fromOffset, toOffset).Select(d => AsOf.PlusDays(d));

    private static Gen<LocalDate?> End(LocalDate start, int minDays, int maxDays, int ongoingPercent) =>
        Gen.Choose(0, 99).SelectMany(roll => roll < ongoingPercent
            ? Gen.Constant<LocalDate?>(null)
            : Gen.Choose(minDays, maxDays).Select(days => (LocalDate?)start.PlusDays(days - 1)));

    private static Experience Attest(Experience experience, VerificationLevel level) => level switch
    {
        VerificationLevel.SelfDeclared => experience,
        _ => experience.WithAttestation(Attestation.Create(
            level == VerificationLevel.Verified ? AttestationMethod.Assessor : AttestationMethod.HostOrganisation, "Pat Host", null, Clock).Unwrap()),
    };

    private static Reflection Reflect(long id, long experienceId) =>
        Reflection.Create(id, Member.Id, experienceId, "Joint visits", "The handover was rushed.", null, ReflectionVisibility.Private, Clock).Unwrap();
}
