using System.Globalization;
using System.Text;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;

namespace Cpd.Domain.Tests.Properties;

/// <summary>
/// The records of one generated career, kept as lists so that a property can reorder them or add to them before assembling the
/// <see cref="Career"/> snapshot. <see cref="ToString"/> lists every record compactly, so that a failing case can be read and rebuilt.
/// </summary>
public sealed record CareerSample(
    Member Member,
    IReadOnlyList<Employment> Employments,
    IReadOnlyList<Experience> Experiences,
    IReadOnlyList<Reflection> Reflections,
    IReadOnlyList<Connection> Connections)
{
    /// <summary>An experience id not used yet.</summary>
    public long NextExperienceId => Experiences.Count == 0 ? 1 : Experiences.Max(e => e.Id) + 1;

    public Career ToCareer() => Career.Create(Member, Employments, Experiences, Reflections, Connections);

    /// <summary>The same records in another order (employments, experiences, reflections and connections each shuffled).</summary>
    public CareerSample Shuffled(int seed)
    {
        var random = new Random(seed);
        return this with
        {
            Employments = Shuffle(Employments, random),
            Experiences = Shuffle(Experiences, random),
            Reflections = Shuffle(Reflections, random),
            Connections = Shuffle(Connections, random),
        };
    }

    public CareerSample With(Experience experience) => this with { Experiences = [.. Experiences, experience] };

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var e in Employments)
        {
            text.Append(CultureInfo.InvariantCulture, $"employment {e.Id} {e.Organisation.SectorCode}/{e.Organisation.PlaceCode}/{e.ProfessionCode} {e.Start:uuuu-MM-dd}..{End(e.End)} fte {e.Fte}; ");
        }

        foreach (var x in Experiences)
        {
            var extent = x is PeriodExperience p ? $"{p.Start:uuuu-MM-dd}..{End(p.End)} fte {p.Fte}" : $"{x.FirstDay:uuuu-MM-dd} {((EventExperience)x).Hours} h";
            var values = string.Join("|", x.BoundaryValues(Boundary.Sector));
            text.Append(CultureInfo.InvariantCulture, $"{x.Kind} {x.Id} {values} {extent} {x.Verification}; ");
        }

        text.Append(CultureInfo.InvariantCulture, $"reflections on [{string.Join(",", Reflections.Select(r => r.ExperienceId))}]; ");
        text.Append(CultureInfo.InvariantCulture, $"connections [{string.Join(",", Connections.Select(c => c.SectorCode))}]");
        return text.ToString();
    }

    private static string End(NodaTime.LocalDate? end) => end?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "ongoing";

    private static T[] Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
