using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>What the leaves share: their window, the kinds they look at, and how an experience's days map to the evaluation dates it counts on.</summary>
internal abstract class LeafPlan : NodePlan
{
    private readonly bool[] _kinds = new bool[8];

    protected LeafPlan(Requirement definition, string path, MeasureUnit unit, Window? window, IReadOnlyList<ExperienceKind>? kinds)
        : base(definition, path, unit)
    {
        Window = window ?? Rules.Window.Ever;
        Shift = Window.Period is { } p ? new PeriodShift(p) : null;
        foreach (var k in kinds is { Count: > 0 } ? kinds : ExperienceKinds.All)
        {
            _kinds[(int)k] = true;
        }
    }

    protected Window Window { get; }

    protected PeriodShift? Shift { get; }

    protected bool Looks(ExperienceKind kind) => _kinds[(int)kind];

    /// <summary>The first day of the window as of <paramref name="day"/> (0 for EVER).</summary>
    protected int WindowStart(int day) => Shift is { } s ? s.WindowStart(day) : 0;

    /// <summary>The last evaluation date whose window still contains <paramref name="day"/>.</summary>
    protected int LastCounted(int day) => Shift is { } s ? s.LastDayWindowStartsAtMost(day) : Days.Open;

    protected RequirementResult Start(EvaluationContext ctx)
    {
        var r = new RequirementResult(this, ctx);
        if (Shift is not null)
        {
            r.WindowStartDay = WindowStart(ctx.AsOf);
        }

        return r;
    }

    protected static bool Overlaps(ReadOnlySpan<Span> spans, int from, int to, int cap)
    {
        foreach (var s in spans)
        {
            if (s.Start <= to && Math.Min(s.End, cap) >= from && s.Start <= cap)
            {
                return true;
            }
        }

        return false;
    }

    protected static int OverlapDays(ReadOnlySpan<Span> spans, int from, int to)
    {
        var days = 0;
        foreach (var s in spans)
        {
            days += s.OverlapLength(from, to);
        }

        return days;
    }

    /// <summary>Adds the evaluation dates on which the days of <paramref name="spans"/> (up to <paramref name="cap"/>) are in the window.</summary>
    protected void AddCountedDates(ReadOnlySpan<Span> spans, int cap, List<Span> into)
    {
        foreach (var s in spans)
        {
            if (s.Start > cap)
            {
                continue;
            }

            into.Add(new Span(s.Start, LastCounted(Math.Min(s.End, cap))));
        }
    }
}
