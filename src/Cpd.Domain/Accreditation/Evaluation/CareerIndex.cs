using Cpd.Domain.Accreditation;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// A career prepared once for many evaluations: home as constant-home segments, experiences as flat entries with day numbers,
/// fixed-point FTE/hours and flags (reflected, boundaries crossed), the spans on which each experience crosses each boundary (and any
/// boundary) against home in one flat table, and (lazily, per boundary) the spans per boundary value. Few, contiguous arrays, because
/// evaluating a population is bound by memory: see <see cref="Prefetch"/>.
/// </summary>
internal sealed class CareerIndex
{
    public const long FteScale = 10_000;
    public const long HoursScale = 100;
    private const int BoundaryCount = 4;
    private const int AnyBoundary = BoundaryCount;

    private readonly Span[]?[] _noHome;
    private readonly SpanTable _cross;
    private readonly ValueTable?[] _values = new ValueTable?[BoundaryCount];

    private CareerIndex(Career career)
    {
        Career = career;
        MemberId = career.Member.Id;
        var sources = career.Experiences.ToArray();
        Array.Sort(sources, static (x, y) => x.FirstDay != y.FirstDay ? x.FirstDay.CompareTo(y.FirstDay) : x.Id.CompareTo(y.Id));
        Sources = sources;
        var items = new ExperienceEntry[sources.Length];
        Categories = new string[]?[sources.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new ExperienceEntry(sources[i]);
            Categories[i] = sources[i] is LearningRecord learning ? [.. learning.Categories] : null;
        }

        ConnectionSectors = ConnectionSectorsOf(career);
        Homes = BuildHomes(career.Employments, ConnectionSectors);
        _cross = BuildCross(items);
        var reflected = new HashSet<long>();
        foreach (var r in career.Reflections)
        {
            if (r.ExperienceId is { } id && !string.IsNullOrWhiteSpace(r.WhatDidNotWork))
            {
                reflected.Add(id);
            }
        }

        for (var i = 0; i < items.Length; i++)
        {
            var crossed = 0;
            for (var b = 0; b < BoundaryCount; b++)
            {
                crossed |= _cross[b, i].Length > 0 ? 1 << b : 0;
            }

            items[i] = items[i].WithFlags(reflected.Contains(items[i].Id), crossed);
        }

        Items = items;
        _noHome = new Span[items.Length][];
    }

    public Career Career { get; }

    public long MemberId { get; }

    public HomeSegment[] Homes { get; }

    public ExperienceEntry[] Items { get; }

    /// <summary>The experiences, in the order of <see cref="Items"/>.</summary>
    public Experience[] Sources { get; }

    /// <summary>For each learning record, its categories (primary first); null for other experiences.</summary>
    public string[]?[] Categories { get; }

    public string[] ConnectionSectors { get; }

    public static CareerIndex For(Career career) => career.GetIndex(static c => new CareerIndex(c));

    /// <summary>
    /// Brings what the leaves read (entries, cross spans, home segments, value tables already built) into cache at once, before
    /// they read it one dependent load at a time; returns a meaningless sum so that the reads are kept.
    /// </summary>
    public int Prefetch()
    {
        var sum = Prefetcher.Touch(Items) + _cross.Prefetch() + Homes.Length;
        foreach (var values in _values)
        {
            if (values is not null)
            {
                sum += values.Prefetch();
            }
        }

        return sum;
    }

    /// <summary>The home segment containing <paramref name="day"/>, or -1.</summary>
    public int HomeIndexAt(int day)
    {
        var homes = Homes;
        int lo = 0, hi = homes.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (homes[mid].End < day)
            {
                lo = mid + 1;
            }
            else if (homes[mid].Start > day)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The spans on which experience <paramref name="item"/> crosses <paramref name="boundary"/> (sorted, disjoint).</summary>
    public ReadOnlySpan<Span> CrossSpans(Boundary boundary, int item) => _cross[(int)boundary - 1, item];

    /// <summary>The spans on which experience <paramref name="item"/> crosses any boundary.</summary>
    public ReadOnlySpan<Span> AnyCrossSpans(int item) => _cross[AnyBoundary, item];

    /// <summary>The days of experience <paramref name="item"/> with no home employment.</summary>
    public Span[] NoHomeSpans(int item) => _noHome[item] ??= BuildNoHome(Items[item]);

    /// <summary>For each distinct value of the boundary other than home, the spans each experience crosses into it.</summary>
    public ValueTable Values(Boundary boundary)
    {
        var b = (int)boundary - 1;
        return _values[b] ??= BuildValues(boundary);
    }

    private static string[] ConnectionSectorsOf(Career career)
    {
        var sectors = new List<string>();
        foreach (var c in career.Connections)
        {
            if (!sectors.Contains(c.SectorCode))
            {
                sectors.Add(c.SectorCode);
            }
        }

        return [.. sectors];
    }

    private static HomeSegment[] BuildHomes(IReadOnlyList<Employment> employments, string[] connectionSectors)
    {
        if (employments.Count == 0)
        {
            return [];
        }

        var points = new List<int>(employments.Count * 2);
        foreach (var e in employments)
        {
            points.Add(Days.Of(e.Start));
            if (e.End is { } end)
            {
                points.Add(Days.Of(end) + 1);
            }
        }

        points.Sort();
        var unique = points.Distinct().ToArray();
        var segments = new List<HomeSegment>();
        for (var i = 0; i < unique.Length; i++)
        {
            var from = unique[i];
            var to = i + 1 < unique.Length ? unique[i + 1] - 1 : Days.Open;
            Employment? best = null;
            foreach (var e in employments)
            {
                if (Days.Of(e.Start) <= from && Days.Of(e.End) >= from && (best is null || e.IsPreferredHomeOver(best)))
                {
                    best = e;
                }
            }

            if (best is null)
            {
                continue;
            }

            if (segments.Count > 0 && segments[^1].End == from - 1 && ReferenceEquals(segments[^1].Home.Employment, best))
            {
                segments[^1] = segments[^1] with { End = to };
            }
            else
            {
                var home = new Home(best);
                var away = 0;
                foreach (var s in connectionSectors)
                {
                    away += string.Equals(s, home.SectorCode, StringComparison.Ordinal) ? 0 : 1;
                }

                segments.Add(new HomeSegment(from, to, home, away));
            }
        }

        return [.. segments];
    }

    /// <summary>Tables 0–3: the spans crossing each boundary (<see cref="Boundary"/> − 1); table 4: their union.</summary>
    private SpanTable BuildCross(ExperienceEntry[] items)
    {
        var builder = new SpanTable.Builder(items.Length);
        var spans = new List<Span>();
        for (var b = Boundary.Sector; b <= Boundary.Place; b++)
        {
            for (var i = 0; i < items.Length; i++)
            {
                spans.Clear();
                var values = Sources[i].BoundaryValues(b);
                foreach (var h in Homes)
                {
                    var s = Math.Max(h.Start, items[i].Start);
                    var e = Math.Min(h.End, items[i].End);
                    if (s <= e && Differs(values, h.Home.ValueOf(b)))
                    {
                        spans.Add(new Span(s, e));
                    }
                }

                builder.Add(spans);
            }
        }

        for (var i = 0; i < items.Length; i++)
        {
            spans.Clear();
            for (var b = 0; b < BoundaryCount; b++)
            {
                foreach (var s in builder.Get(b, i))
                {
                    spans.Add(s);
                }
            }

            builder.Add(spans);
        }

        return builder.Build();
    }

    private Span[] BuildNoHome(ExperienceEntry item)
    {
        var gaps = new List<Span>();
        var cursor = item.Start;
        foreach (var h in Homes)
        {
            if (h.End < cursor)
            {
                continue;
            }

            if (h.Start > item.End)
            {
                break;
            }

            if (h.Start > cursor)
            {
                gaps.Add(new Span(cursor, Math.Min(item.End, h.Start - 1)));
            }

            cursor = h.End == Days.Open ? Days.Open : h.End + 1;
            if (cursor > item.End)
            {
                break;
            }
        }

        if (cursor <= item.End && cursor != Days.Open)
        {
            gaps.Add(new Span(cursor, item.End));
        }

        return [.. gaps];
    }

    private ValueTable BuildValues(Boundary boundary)
    {
        var byValue = new Dictionary<string, List<(int Item, Span Span)>>(StringComparer.Ordinal);
        for (var i = 0; i < Items.Length; i++)
        {
            var item = Items[i];
            foreach (var v in Sources[i].BoundaryValues(boundary))
            {
                foreach (var h in Homes)
                {
                    var s = Math.Max(h.Start, item.Start);
                    var e = Math.Min(h.End, item.End);
                    var homeValue = h.Home.ValueOf(boundary);
                    if (s <= e && homeValue is not null && !string.Equals(v, homeValue, StringComparison.Ordinal))
                    {
                        if (!byValue.TryGetValue(v, out var list))
                        {
                            byValue[v] = list = [];
                        }

                        list.Add((i, new Span(s, e)));
                    }
                }
            }
        }

        var values = byValue.Keys.ToArray();
        Array.Sort(values, StringComparer.Ordinal);
        var offsets = new int[values.Length + 1];
        var entries = new List<(int Item, Span Span)>();
        for (var v = 0; v < values.Length; v++)
        {
            entries.AddRange(byValue[values[v]]);
            offsets[v + 1] = entries.Count;
        }

        return new ValueTable(values, offsets, [.. entries.Select(x => x.Item)], [.. entries.Select(x => x.Span)]);
    }

    private static bool Differs(IReadOnlyList<string> values, string? homeValue)
    {
        if (homeValue is null)
        {
            return false;
        }

        foreach (var v in values)
        {
            if (!string.Equals(v, homeValue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A run of days with one home employment, and how many of the member's connection sectors differ from its sector.</summary>
internal readonly record struct HomeSegment(int Start, int End, Home Home, int ConnectionSectorsAway);

/// <summary>An experience flattened for the evaluator: 32 bytes, so that a pass over a career touches few cache lines.</summary>
internal readonly struct ExperienceEntry
{
    private const byte ReflectedFlag = 1 << 4;
    private readonly int _fte;
    private readonly int _hours;
    private readonly byte _kind;
    private readonly byte _level;

    // Bits 0–3: boundaries (Boundary − 1) crossed on some day; bit 4: has a reflection on what did not work.
    private readonly byte _flags;

    public ExperienceEntry(Experience experience)
    {
        Id = experience.Id;
        _kind = (byte)experience.Kind;
        _level = (byte)experience.Verification;
        Start = Days.Of(experience.FirstDay);
        End = Days.Of(experience.LastDay);
        _fte = experience is PeriodExperience p ? (int)(p.Fte * CareerIndex.FteScale) : 0;
        _hours = experience is EventExperience ev ? (int)(ev.Hours * CareerIndex.HoursScale) : 0;
    }

    private ExperienceEntry(in ExperienceEntry entry, byte flags)
    {
        this = entry;
        _flags = flags;
    }

    public long Id { get; }

    public int Start { get; }

    public int End { get; }

    public ExperienceKind Kind => (ExperienceKind)_kind;

    public VerificationLevel Level => (VerificationLevel)_level;

    public long FteUnits => _fte;

    public long HoursUnits => _hours;

    /// <summary>Gets a value indicating whether a reflection on it says what did not work.</summary>
    public bool IsReflected => (_flags & ReflectedFlag) != 0;

    /// <summary>Gets a value indicating whether it crosses any boundary on some day.</summary>
    public bool CrossesAny => (_flags & 0xF) != 0;

    /// <summary>Whether it crosses <paramref name="boundary"/> on some day (it has cross spans for it).</summary>
    public bool Crosses(Boundary boundary) => (_flags & (1 << ((int)boundary - 1))) != 0;

    public ExperienceEntry WithFlags(bool reflected, int boundariesCrossed) =>
        new(this, (byte)(boundariesCrossed | (reflected ? ReflectedFlag : 0)));
}
