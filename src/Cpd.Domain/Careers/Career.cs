using Cpd.Domain.Accreditation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;
using NodaTime;

namespace Cpd.Domain.Careers;

/// <summary>
/// A snapshot of one member's career record — employments, experiences, reflections, connections and awards — as evaluated against schemes.
/// Immutable; the evaluator indexes it once (sorted arrays, home as constant-home segments) and reuses that index for every evaluation.
/// </summary>
public sealed class Career
{
    private object? _index;

    private Career(Member member, Employment[] employments, Experience[] experiences, Reflection[] reflections, Connection[] connections, Award[] awards)
    {
        Member = member;
        Employments = employments;
        Experiences = experiences;
        Reflections = reflections;
        Connections = connections;
        Awards = awards;
    }

    /// <summary>Gets the member.</summary>
    public Member Member { get; }

    /// <summary>Gets the employments.</summary>
    public IReadOnlyList<Employment> Employments { get; }

    /// <summary>Gets the experiences.</summary>
    public IReadOnlyList<Experience> Experiences { get; }

    /// <summary>Gets the reflections.</summary>
    public IReadOnlyList<Reflection> Reflections { get; }

    /// <summary>Gets the connections.</summary>
    public IReadOnlyList<Connection> Connections { get; }

    /// <summary>Gets the awards held now or in the past.</summary>
    public IReadOnlyList<Award> Awards { get; }

    /// <summary>Assembles a career snapshot.</summary>
    /// <param name="member">The member.</param>
    /// <param name="employments">The member's employments, or <see langword="null"/> for none.</param>
    /// <param name="experiences">The member's experiences, or <see langword="null"/> for none.</param>
    /// <param name="reflections">The member's reflections, or <see langword="null"/> for none.</param>
    /// <param name="connections">The member's connections, or <see langword="null"/> for none.</param>
    /// <param name="awards">The member's awards, or <see langword="null"/> for none.</param>
    /// <returns>The career.</returns>
    /// <exception cref="ArgumentException">A record belongs to another member, or two records of a list share an id (a wrongly assembled snapshot).</exception>
    public static Career Create(
        Member member,
        IEnumerable<Employment>? employments = null,
        IEnumerable<Experience>? experiences = null,
        IEnumerable<Reflection>? reflections = null,
        IEnumerable<Connection>? connections = null,
        IEnumerable<Award>? awards = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        var e = Check(employments, member.Id, x => x.MemberId, x => x.Id, nameof(employments));
        var x = Check(experiences, member.Id, x => x.MemberId, x => x.Id, nameof(experiences));
        var r = Check(reflections, member.Id, x => x.MemberId, x => x.Id, nameof(reflections));
        var c = Check(connections, member.Id, x => x.MemberId, x => x.Id, nameof(connections));
        var a = Check(awards, member.Id, x => x.MemberId, x => x.Id, nameof(awards));
        return new Career(member, e, x, r, c, a);
    }

    /// <summary>Returns the member's home on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The home, or <see langword="null"/> when no employment is active that day.</returns>
    public Home? HomeOn(LocalDate date) => Home.On(Employments, date);

    /// <summary>Returns the evaluator's index of this career, building it on first use (thread-safe; a race builds it twice and keeps one).</summary>
    /// <summary>The number of distinct sectors among the member's connections other than the home sector on <paramref name="date"/>.</summary>
    /// <param name="date">The day whose home is excluded (with no home, every connection's sector counts).</param>
    /// <returns>The count, as the <c>networkDiversity</c> requirement measures it.</returns>
    public int NetworkDiversityOn(LocalDate date)
    {
        var home = HomeOn(date)?.SectorCode;
        var sectors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Connections)
        {
            if (!string.Equals(c.SectorCode, home, StringComparison.Ordinal))
            {
                sectors.Add(c.SectorCode);
            }
        }

        return sectors.Count;
    }

    /// <summary>
    /// The boundaries <paramref name="experience"/> crosses on at least one of its days, judged against the home on each
    /// day: its recorded days, or up to <paramref name="asOf"/> while it is ongoing.
    /// </summary>
    /// <param name="experience">An experience of this career.</param>
    /// <param name="asOf">The last day an ongoing experience is counted to.</param>
    /// <returns>The boundaries crossed, in <see cref="Boundary"/> order; empty when no day has a home.</returns>
    public IReadOnlyList<Boundary> BoundariesCrossed(Experience experience, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(experience);
        var first = experience.FirstDay;
        var last = experience.LastDay ?? (asOf > first ? asOf : first);

        // The home only changes where an employment starts or the day after one ends, so those days (and the
        // experience's first day) stand for every day of the experience.
        var days = new SortedSet<LocalDate> { first };
        foreach (var e in Employments)
        {
            AddWithin(days, e.Start, first, last);
            if (e.End is { } end && end < LocalDate.MaxIsoValue)
            {
                AddWithin(days, end.PlusDays(1), first, last);
            }
        }

        var crossed = new List<Boundary>(4);
        foreach (var boundary in (ReadOnlySpan<Boundary>)[Boundary.Sector, Boundary.Organisation, Boundary.Profession, Boundary.Place])
        {
            foreach (var day in days)
            {
                if (experience.CrossesOn(boundary, HomeOn(day), day))
                {
                    crossed.Add(boundary);
                    break;
                }
            }
        }

        return crossed;
    }

    internal T GetIndex<T>(Func<Career, T> build)
        where T : class
    {
        if (_index is T existing)
        {
            return existing;
        }

        var built = build(this);
        return Interlocked.CompareExchange(ref _index, built, null) as T ?? built;
    }

    private static void AddWithin(SortedSet<LocalDate> days, LocalDate day, LocalDate first, LocalDate last)
    {
        if (day >= first && day <= last)
        {
            days.Add(day);
        }
    }

    private static T[] Check<T>(IEnumerable<T>? items, long memberId, Func<T, long> member, Func<T, long> id, string name)
    {
        if (items is null)
        {
            return [];
        }

        var array = items.ToArray();
        var ids = new HashSet<long>();
        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException($"{name} contains null.", name);
            }

            if (member(item) != memberId)
            {
                throw new ArgumentException($"{name} contains a record of member {member(item)}, not {memberId}.", name);
            }

            if (!ids.Add(id(item)))
            {
                throw new ArgumentException($"{name} contains the id {id(item)} twice.", name);
            }
        }

        return array;
    }
}
