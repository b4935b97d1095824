using Cpd.Domain.Accreditation;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// A career prepared once for many evaluations: home as constant-home segments, experiences as flat entries with day numbers and
/// fixed-point FTE/hours, and (lazily, per boundary) the spans on which each experience crosses the boundary against home.
/// </summary>
internal sealed class CareerIndex
{
    public const long FteScale = 10_000;
    public const long HoursScale = 100;
    private const int BoundaryCount = 4;

    private readonly Span[]?[] _noHome;
    private readonly SpanTable?[] _cross = new SpanTable?[BoundaryCount];
    private readonly ValueSpans[]?[] _values = new ValueSpans[BoundaryCount][];
    private SpanTable? _anyCross;

    private CareerIndex(Career career)
    {
        Career = career;
        Homes = BuildHomes(career.Employments);
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

        Items = items;

        _noHome = new Span[items.Length][];
        var reflected = new HashSet<long>();
        foreach (var r in career.Reflections)
        {
            if (r.ExperienceId is { } id && !string.IsNullOrWhiteSpace(r.WhatDidNotWork))
            {
                reflected.Add(id);
            }
        }

        Reflected = new bool[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            Reflected[i] = reflected.Contains(items[i].Id);
        }

        var sectors = new List<string>();
        foreach (var c in career.Connections)
        {
            if (!sectors.Contains(c.SectorCode))
            {
                sectors.Add(c.SectorCode);
            }
        }

        ConnectionSectors = [.. sectors];
    }

    public Career Career { get; }

    public HomeSegment[] Homes { get; }

    public ExperienceEntry[] Items { get; }

    public bool[] Reflected { get; }

    /// <summary>The experiences, in the order of <see cref="Items"/>.</summary>
    public Experience[] Sources { get; }

    /// <summary>For each learning record, its categories (primary first); null for other experiences.</summary>
    public string[]?[] Categories { get; }

    public string[] ConnectionSectors { get; }

    public static CareerIndex For(Career career) => career.GetIndex(static c => new CareerIndex(c));

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
    public ReadOnlySpan<Span> CrossSpans(Boundary boundary, int item)
    {
        var b = (int)boundary - 1;
        var all = _cross[b] ??= BuildCross(boundary);
        return all[item];
    }

    /// <summary>The spans on which experience <paramref name="item"/> crosses any boundary.</summary>
    public ReadOnlySpan<Span> AnyCrossSpans(int item)
    {
        var all = _anyCross ??= BuildAnyCross();
        return all[item];
    }

    /// <summary>The days of experience <paramref name="item"/> with no home employment.</summary>
    public Span[] NoHomeSpans(int item) => _noHome[item] ??= BuildNoHome(Items[item]);

    /// <summary>For each distinct value of the boundary other than home, the spans each experience crosses into it.</summary>
    public ValueSpans[] Values(Boundary boundary)
    {
        var b = (int)boundary - 1;
        return _values[b] ??= BuildValues(boundary);
    }

    private static HomeSegment[] BuildHomes(IReadOnlyList<Employment> employments)
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
                segments.Add(new HomeSegment(from, to, new Home(best)));
            }
        }

        return [.. segments];
    }

    private SpanTable BuildCross(Boundary boundary) => SpanTable.Build(Items.Length, (i, spans) =>
    {
        var item = Items[i];
        var values = Sources[i].BoundaryValues(boundary);
        foreach (var h in Homes)
        {
            var s = Math.Max(h.Start, item.Start);
            var e = Math.Min(h.End, item.End);
            if (s <= e && Differs(values, h.Home.ValueOf(boundary)))
            {
                spans.Add(new Span(s, e));
            }
        }
    });

    private SpanTable BuildAnyCross() => SpanTable.Build(Items.Length, (i, spans) =>
    {
        for (var b = Boundary.Sector; b <= Boundary.Place; b++)
        {
            foreach (var s in CrossSpans(b, i))
            {
                spans.Add(s);
            }
        }
    });

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

    private ValueSpans[] BuildValues(Boundary boundary)
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
                    if (s <= e && Differs([v], h.Home.ValueOf(boundary)))
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

        var result = new ValueSpans[byValue.Count];
        var n = 0;
        foreach (var (value, list) in byValue)
        {
            result[n++] = new ValueSpans(value, [.. list.Select(x => x.Item)], [.. list.Select(x => x.Span)]);
        }

        Array.Sort(result, static (x, y) => string.CompareOrdinal(x.Value, y.Value));
        return result;
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

/// <summary>A run of days with one home employment.</summary>
internal readonly record struct HomeSegment(int Start, int End, Home Home);

/// <summary>A boundary value (other than home) and the experiences' spans crossing into it; Items[i] pairs with Spans[i].</summary>
internal sealed record ValueSpans(string Value, int[] Items, Span[] Spans);

/// <summary>An experience flattened for the evaluator: 32 bytes, so that a pass over a career touches few cache lines.</summary>
internal readonly struct ExperienceEntry
{
    private readonly int _fte;
    private readonly int _hours;
    private readonly byte _kind;
    private readonly byte _level;

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

    public long Id { get; }

    public int Start { get; }

    public int End { get; }

    public ExperienceKind Kind => (ExperienceKind)_kind;

    public VerificationLevel Level => (VerificationLevel)_level;

    public long FteUnits => _fte;

    public long HoursUnits => _hours;
}
