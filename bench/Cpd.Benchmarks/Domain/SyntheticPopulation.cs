using System.Globalization;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;
using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// A deterministic synthetic membership for the domain benchmarks: each member has 3–5 employments (home changes, part-time
/// second jobs, gaps), about 20 experiences (secondments, shadowing, joint work, mentoring, peer challenges; some ongoing, some
/// planned), about 30 learning records with categories, reflections on half the experiences, and a few connections, spread over
/// the seeded sectors and professions, 1,500 organisations and 320 places.
/// </summary>
/// <remarks>
/// Member <c>i</c> is generated from its own seeded <see cref="Random"/>, so the first <c>n</c> members of a population of any size
/// are the same: a one-core batch of 1,000 members is the head of the 100,000-member population.
/// </remarks>
internal static class SyntheticPopulation
{
    /// <summary>The evaluation date of every benchmark.</summary>
    public static readonly LocalDate AsOf = new(2026, 11, 22);

    private const int Seed = 20261122;
    private static readonly CareerTaxonomy Taxonomy = CareerTaxonomy.Default;
    private static readonly IClock Clock = new FixedClock(Instant.FromUtc(2026, 11, 22, 9, 0));
    private static readonly string[] Sectors = [.. Taxonomy.Sectors.Select(s => s.Code)];
    private static readonly string[] Professions = [.. Taxonomy.Professions.Select(p => p.Code)];
    private static readonly string[] Categories = [.. Taxonomy.LearningCategories.Select(c => c.Code)];
    private static readonly decimal[] EmploymentFtes = [1m, 1m, 1m, 0.8m, 0.6m, 0.5m];
    private static readonly Organisation[] Organisations = BuildOrganisations(1_500, 320);

    /// <summary>Generates members 1 to <paramref name="count"/>.</summary>
    /// <param name="count">How many members.</param>
    /// <returns>Their careers.</returns>
    public static Career[] Generate(int count)
    {
        var careers = new Career[count];
        for (var i = 0; i < count; i++)
        {
            careers[i] = Member(i + 1);
        }

        return careers;
    }

    /// <summary>
    /// Generates members 1 to <paramref name="count"/> and evaluates each once, as a long-lived server has: a career's index is built
    /// on its first evaluation and reused, so that benchmarks measure evaluation rather than indexing.
    /// </summary>
    /// <param name="count">How many members.</param>
    /// <param name="plan">The plan to evaluate them with.</param>
    /// <returns>Their careers, indexed.</returns>
    public static Career[] Indexed(int count, EvaluationPlan plan)
    {
        var careers = Generate(count);
        plan.EvaluateMany(careers, AsOf, EvaluationOptions.WithoutProjection);
        return careers;
    }

    /// <summary>Generates one member's career from its own seed.</summary>
    /// <param name="memberId">The member's id (1-based).</param>
    /// <returns>The career.</returns>
    public static Career Member(long memberId)
    {
        var random = new Random(unchecked(Seed + (int)(memberId * 7919)));
        var member = Cpd.Domain.Members.Member.Create(memberId, $"Member {memberId}").Value;
        var employments = Employments(random, memberId);
        var experiences = new List<Experience>(56);
        var reflections = new List<Reflection>(12);
        var nextId = memberId * 1_000;
        var count = random.Next(16, 25);
        for (var i = 0; i < count; i++)
        {
            var experience = Attest(random, BoundaryExperience(random, ++nextId, memberId));
            experiences.Add(experience);
            if (random.NextDouble() < 0.5)
            {
                reflections.Add(Reflection.Create(
                    reflections.Count + 1, memberId, experience.Id, "Joint visits built trust.", "The handover was rushed.", null, ReflectionVisibility.Private, Clock).Value);
            }
        }

        count = random.Next(24, 37);
        for (var i = 0; i < count; i++)
        {
            experiences.Add(LearningRecord(random, ++nextId, memberId));
        }

        var connections = new List<Connection>();
        count = random.Next(0, 9);
        for (var i = 0; i < count; i++)
        {
            connections.Add(Connection.Create(i + 1, memberId, $"Contact {i + 1}", Pick(random, Sectors), null, Taxonomy).Value);
        }

        return Career.Create(member, employments, experiences, reflections, connections);
    }

    private static List<Employment> Employments(Random random, long memberId)
    {
        var list = new List<Employment>(5);
        var count = random.Next(3, 6);
        var start = AsOf.PlusDays(-random.Next(8 * 365, 25 * 365));
        for (var i = 0; i < count && start <= AsOf.PlusDays(180); i++)
        {
            var last = i == count - 1;
            var length = random.Next(365, 6 * 365);
            LocalDate? end = last && random.NextDouble() < 0.85 ? null : start.PlusDays(length);
            var fte = Pick(random, EmploymentFtes);
            list.Add(Employment.Create(memberId * 10 + i, memberId, Pick(random, Organisations), "Officer", Pick(random, Professions), start, end, fte, Taxonomy).Value);
            if (end is not { } e)
            {
                break;
            }

            // A new job usually follows a short gap; sometimes it overlaps as a part-time second job.
            start = random.NextDouble() < 0.2 ? e.PlusDays(-random.Next(30, 300)) : e.PlusDays(random.Next(1, 120));
        }

        return list;
    }

    private static Experience BoundaryExperience(Random random, long id, long memberId)
    {
        var roll = random.NextDouble();
        var host = Pick(random, Organisations);
        if (roll < 0.3)
        {
            return PeerChallenge.Create(id, memberId, "Peer challenge", random.NextDouble() < 0.7 ? PeerChallengeRole.Reviewer : PeerChallengeRole.Host, host, RecentDay(random, 6 * 365), random.Next(7, 36)).Value;
        }

        // Most periods are past; some are ongoing and some are planned (starting after the evaluation date).
        var planned = random.NextDouble() < 0.06;
        var start = planned ? AsOf.PlusDays(random.Next(1, 365)) : RecentDay(random, 7 * 365);
        var (minLength, maxLength, minFte, maxFte) = roll switch
        {
            < 0.45 => (30, 365, 20, 100),
            < 0.6 => (1, 10, 100, 100),
            < 0.8 => (60, 720, 10, 50),
            _ => (90, 540, 2, 5),
        };
        LocalDate? end = random.NextDouble() < 0.12 ? null : start.PlusDays(random.Next(minLength, maxLength + 1) - 1);
        var fte = random.Next(minFte, maxFte + 1) / 100m;
        return roll switch
        {
            < 0.45 => Secondment.Create(id, memberId, "Secondment", host, Pick(random, Professions), start, end, fte, Taxonomy).Value,
            < 0.6 => Shadowing.Create(id, memberId, "Shadowing", host, null, start, end, fte, Taxonomy).Value,
            < 0.8 => JointWork.Create(id, memberId, "Joint project", host, null, start, end, fte, Taxonomy).Value,
            _ => Mentoring.Create(id, memberId, "Mentoring", random.NextDouble() < 0.5 ? MentoringRole.Mentor : MentoringRole.Mentee, "Sam Lee", Pick(random, Sectors), Pick(random, Professions), start, end, fte, Taxonomy).Value,
        };
    }

    private static Experience LearningRecord(Random random, long id, long memberId)
    {
        var date = RecentDay(random, 6 * 365);
        var hours = random.Next(2, 57) / 4m;
        string[] categories = random.NextDouble() < 0.3 ? PickDistinct(random, Categories, 2) : [Pick(random, Categories)];
        return random.NextDouble() < 0.4
            ? LearningEvent.Create(id, memberId, "Cross-sector learning event", date, hours, categories, PickDistinct(random, Sectors, random.Next(1, 4)), Taxonomy).Value
            : CpdActivity.Create(id, memberId, "CPD activity", date, hours, categories, Taxonomy).Value;
    }

    private static Experience Attest(Random random, Experience experience)
    {
        var roll = random.NextDouble();
        if (roll < 0.4)
        {
            return experience;
        }

        var method = roll < 0.9 ? AttestationMethod.HostOrganisation : AttestationMethod.Assessor;
        return experience.WithAttestation(Attestation.Create(method, "Pat Host", null, Clock).Value);
    }

    private static LocalDate RecentDay(Random random, int daysBack) => AsOf.PlusDays(-random.Next(0, daysBack));

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string[] PickDistinct(Random random, string[] items, int count)
    {
        var picked = new List<string>(count);
        while (picked.Count < count)
        {
            var item = Pick(random, items);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return [.. picked];
    }

    private static Organisation[] BuildOrganisations(int count, int places)
    {
        var organisations = new Organisation[count];
        for (var i = 0; i < count; i++)
        {
            var place = i % 10 == 9 ? null : "E07" + (100 + (i % places)).ToString("D6", CultureInfo.InvariantCulture);
            organisations[i] = Organisation.Create(i + 1, $"Organisation {i + 1}", Sectors[i % Sectors.Length], place, Taxonomy).Value;
        }

        return organisations;
    }
}
