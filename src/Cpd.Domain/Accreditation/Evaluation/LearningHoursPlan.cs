using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// Learning hours in the window with category filter, per-category caps, a minimum in every period, and a cross-boundary share.
/// Records are point masses, so every measure is piecewise constant in the evaluation date: the projection is one sweep over the days
/// records enter and leave the window and each period.
/// </summary>
internal sealed class LearningHoursPlan : LeafPlan
{
    private const int Excluded = -2;
    private const int Uncapped = -1;
    private readonly LearningHours _d;
    private readonly long _target;
    private readonly string[] _categories;
    private readonly string[] _capCategories;
    private readonly long[] _caps;
    private readonly PeriodShift? _period;
    private readonly long _periodMinimum;
    private readonly long _share;

    public LearningHoursPlan(LearningHours d, string path)
        : base(d, path, MeasureUnit.Hours, d.Window, [ExperienceKind.LearningEvent, ExperienceKind.CpdActivity])
    {
        _d = d;
        _target = ToUnits(d.MinimumHours, CareerIndex.HoursScale);
        _categories = d.Categories is { Count: > 0 } c ? [.. c] : [];
        _capCategories = d.CapPerCategory is { Count: > 0 } caps ? [.. caps.Select(x => x.Category)] : [];
        _caps = d.CapPerCategory is { Count: > 0 } caps2 ? [.. caps2.Select(x => ToUnits(x.MaximumHours, CareerIndex.HoursScale))] : [];
        if (d.MinimumEachPeriod is { } each && Shift is not null)
        {
            _period = new PeriodShift(each.Period);
            _periodMinimum = ToUnits(each.MinimumHours, CareerIndex.HoursScale);
        }

        _share = d.CrossBoundaryShare is { } s && d.Boundary is not null ? ToUnits(s, 10_000) : 0;
    }

    protected override string DefaultDescription => $"{Wording.Number(_d.MinimumHours)} hours of learning ({Window})";

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = Start(ctx);
        var index = ctx.Index;
        int a = ctx.AsOf, ws = WindowStart(a);
        var periods = PeriodsAsOf(a, ws);
        var periodCount = periods.Length / 2;
        Span<long> capSums = _caps.Length <= 16 ? stackalloc long[16] : new long[_caps.Length];
        Span<long> periodSums = periodCount <= 64 ? stackalloc long[64] : new long[periodCount];
        capSums = capSums[.._caps.Length];
        capSums.Clear();
        periodSums = periodSums[..periodCount];
        periodSums.Clear();
        long rest = 0, uncapped = 0, crossing = 0;
        for (var i = 0; i < index.Items.Length; i++)
        {
            var item = index.Items[i];
            if (!Looks(item.Kind) || item.Start > a || item.Start < ws)
            {
                continue;
            }

            var slot = Slot(index, i);
            if (slot == Excluded)
            {
                if (ctx.CollectExcluded)
                {
                    ctx.Excluded.Add(new ExcludedEvidence(item.Id, ExclusionReason.CategoryNotCounted, (decimal)item.HoursUnits / CareerIndex.HoursScale, 0));
                }

                continue;
            }

            ctx.Ids.Add(item.Id);
            var hours = item.HoursUnits;
            if (slot >= 0)
            {
                capSums[slot] += hours;
            }
            else
            {
                rest += hours;
            }

            uncapped += hours;
            if (Crosses(index, i))
            {
                crossing += hours;
            }

            for (var k = 0; k < periodCount; k++)
            {
                if (item.Start >= periods[2 * k] && item.Start <= periods[(2 * k) + 1])
                {
                    periodSums[k] += hours;
                }
            }
        }

        var total = Total(capSums, rest);
        r.MeasuredRaw = total;
        r.TargetRaw = _target;
        r.EvidenceIds = ctx.TakeIds();
        r.ExcludedItems = ctx.TakeExcluded();
        var met = Holds(total, periodSums, uncapped, crossing);
        var projected = ctx.StartProjection();
        if (projected is not null)
        {
            Project(ctx, periodCount, projected);
        }

        Finish(r, ctx, met, projected);
        r.ShortfallRaw = met ? 0 : Shortfall(total, periodSums, uncapped, crossing);
        if (periodCount > 0)
        {
            r.PeriodBounds = periods;
            r.PeriodSums = periodSums.ToArray();
        }

        if (_share > 0)
        {
            r.ShareRaw = uncapped == 0 ? 0 : ((crossing * 10_000) + (uncapped / 2)) / uncapped;
        }

        return r;
    }

    public override IReadOnlyList<PeriodHours> BuildPeriodTotals(RequirementResult r)
    {
        if (r.PeriodBounds is not { } bounds || r.PeriodSums is not { } sums)
        {
            return [];
        }

        var totals = new PeriodHours[sums.Length];
        for (var k = 0; k < totals.Length; k++)
        {
            totals[k] = new PeriodHours(
                new DateInterval(Days.ToDate(bounds[2 * k]), Days.ToDate(bounds[(2 * k) + 1])),
                (decimal)sums[k] / CareerIndex.HoursScale,
                (decimal)Math.Max(0, _periodMinimum - sums[k]) / CareerIndex.HoursScale);
        }

        return totals;
    }

    public override string Explain(RequirementResult r)
    {
        var what = _categories.Length > 0 ? $"{Wording.List(_categories)} learning" : "learning";
        var text = $"Needs {Wording.Number(_target, CareerIndex.HoursScale)} hours of {what} {Wording.Window(Window, r.AsOfDay)}";
        if (_caps.Length > 0)
        {
            text += " (" + string.Join(", ", _capCategories.Select((c, i) => $"{c} counted up to {Wording.Number(_caps[i], CareerIndex.HoursScale)} h")) + ")";
        }

        if (_d.MinimumEachPeriod is { } each)
        {
            text += $" with at least {Wording.Number(each.MinimumHours)} in every {Wording.PeriodText(each.Period)}";
        }

        if (_share > 0)
        {
            text += $" and {Wording.Number(_d.CrossBoundaryShare!.Value * 100)}% of it crossing your home {Wording.Boundary(_d.Boundary!.Value)}";
        }

        text += $"; you have {Wording.Number(r.MeasuredRaw, CareerIndex.HoursScale)}";
        foreach (var p in r.PeriodTotals)
        {
            if (p.Shortfall > 0)
            {
                text += $", but only {Wording.Number(p.Hours)} in the {Wording.PeriodText(_d.MinimumEachPeriod!.Period)} to {DateText.Plain(p.Period.End)}";
                break;
            }
        }

        if (r.CrossBoundaryShareMeasured is { } share)
        {
            text += $", {Wording.Number(share * 100)}% crossing";
        }

        text += r.IsMet ? ", so this is met" : $", {Wording.Number(r.ShortfallRaw, CareerIndex.HoursScale)} hours short";
        return text + Wording.Reach(r, "with the learning you have booked") + ".";
    }

    /// <summary>Start/end day pairs of the whole periods that fit in the window, newest first.</summary>
    private int[] PeriodsAsOf(int a, int ws)
    {
        if (_period is not { } p)
        {
            return [];
        }

        Span<int> found = stackalloc int[128];
        var n = 0;
        for (var end = a; n < found.Length; n += 2)
        {
            var start = p.WindowStart(end);
            if (start < ws)
            {
                break;
            }

            found[n] = start;
            found[n + 1] = end;
            end = start - 1;
        }

        return found[..n].ToArray();
    }

    private int Slot(CareerIndex index, int i)
    {
        if (_categories.Length == 0 && _capCategories.Length == 0)
        {
            // Every record counts, none capped: no need to read its categories.
            return Uncapped;
        }

        var categories = index.Categories[i]!;
        string? category = null;
        if (_categories.Length > 0)
        {
            foreach (var c in categories)
            {
                if (Array.IndexOf(_categories, c) >= 0)
                {
                    category = c;
                    break;
                }
            }

            if (category is null)
            {
                return Excluded;
            }
        }
        else if (categories.Length > 0)
        {
            category = categories[0];
        }

        return category is null ? Uncapped : Array.IndexOf(_capCategories, category);
    }

    private bool Crosses(CareerIndex index, int i) => _share > 0 && index.Items[i].Crosses(_d.Boundary!.Value);

    private long Total(ReadOnlySpan<long> capSums, long rest)
    {
        var total = rest;
        for (var i = 0; i < _caps.Length; i++)
        {
            total += Math.Min(_caps[i], capSums[i]);
        }

        return total;
    }

    private bool Holds(long total, ReadOnlySpan<long> periodSums, long uncapped, long crossing)
    {
        if (total < _target)
        {
            return false;
        }

        foreach (var p in periodSums)
        {
            if (p < _periodMinimum)
            {
                return false;
            }
        }

        return _share == 0 || (uncapped > 0 && crossing * 10_000 >= _share * uncapped);
    }

    private long Shortfall(long total, ReadOnlySpan<long> periodSums, long uncapped, long crossing)
    {
        var shortfall = Math.Max(0, _target - total);
        long periods = 0;
        foreach (var p in periodSums)
        {
            periods += Math.Max(0, _periodMinimum - p);
        }

        shortfall = Math.Max(shortfall, periods);
        if (_share > 0 && crossing * 10_000 < _share * uncapped)
        {
            var needed = _share >= 10_000 ? uncapped - crossing : ((_share * uncapped) - (10_000 * crossing) + (10_000 - _share) - 1) / (10_000 - _share);
            shortfall = Math.Max(shortfall, needed);
        }

        return shortfall;
    }

    /// <summary>
    /// The days of [asOf, horizon end] on which the requirement holds. A record dated t is in period k on the days [F^k(t), F^(k+1)(t))
    /// (F: the first day whose period no longer reaches back to t) and in the window on [t, G(t)) (G likewise for the window), so its
    /// events are K + 2 day streams: F^0(t) = t enters the window and period 0, F^k(t) moves it from period k − 1 to k, F^K(t) takes it out
    /// of the last period, G(t) out of the window. The records are sorted by date and F, G are monotone, so each stream is sorted in
    /// record order: a merge of K + 2 sorted arrays replaces a sort, and the stream says what an event does.
    /// </summary>
    private void Project(EvaluationContext ctx, int periodCount, List<Span> into)
    {
        var index = ctx.Index;
        int a = ctx.AsOf, h = ctx.HorizonEnd;
        var items = index.Items;
        var streams = periodCount + 2;
        var window = streams - 1;
        var n = items.Length;

        // Layout of the buffer: stream s's day for record j at s * n + j, then per record its slot, hours and whether it crosses.
        var buffer = ctx.IntBuffer((streams + 3) * n);
        int slotAt = streams * n, hoursAt = slotAt + n, crossAt = hoursAt + n;
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            ref readonly var item = ref items[i];
            if (item.Start > h)
            {
                break;
            }

            int slot;
            if (!Looks(item.Kind) || (slot = Slot(index, i)) == Excluded)
            {
                continue;
            }

            var t = item.Start;
            var last = LastCounted(t);
            if (last < a)
            {
                continue;
            }

            buffer[count] = t;
            var enter = t;
            for (var k = 1; k <= periodCount; k++)
            {
                enter = _period!.Value.FirstDayMinusAtLeast(enter);
                buffer[(k * n) + count] = enter;
            }

            buffer[(window * n) + count] = last < Days.Open ? last + 1 : Days.Open;
            buffer[slotAt + count] = slot;
            buffer[hoursAt + count] = (int)item.HoursUnits;
            buffer[crossAt + count] = Crosses(index, i) ? 1 : 0;
            count++;
        }

        Span<int> heads = stackalloc int[streams];
        heads.Clear();
        Span<long> capSums = _caps.Length <= 16 ? stackalloc long[16] : new long[_caps.Length];
        capSums = capSums[.._caps.Length];
        capSums.Clear();
        Span<long> periodSums = stackalloc long[Math.Max(1, periodCount)];
        periodSums = periodSums[..periodCount];
        periodSums.Clear();
        var sums = new WindowSums(capSums, periodSums);
        var next = NextDay(buffer, n, count, heads);
        while (next <= a)
        {
            ApplyDay(ref sums, buffer, n, count, heads, next, periodCount);
            next = NextDay(buffer, n, count, heads);
        }

        var from = a;
        while (from <= h)
        {
            var to = Math.Min(h, next - 1);
            if (to >= from && Holds(Total(sums.CapSums, sums.Rest), sums.PeriodSums, sums.Uncapped, sums.Crossing))
            {
                into.Add(new Span(from, to));
            }

            if (next >= Days.Open)
            {
                break;
            }

            from = next;
            ApplyDay(ref sums, buffer, n, count, heads, next, periodCount);
            next = NextDay(buffer, n, count, heads);
        }

        SpanSet.Normalise(into);
    }

    private static int NextDay(int[] buffer, int n, int count, ReadOnlySpan<int> heads)
    {
        var next = Days.Open;
        for (var s = 0; s < heads.Length; s++)
        {
            if (heads[s] < count && buffer[(s * n) + heads[s]] < next)
            {
                next = buffer[(s * n) + heads[s]];
            }
        }

        return next;
    }

    private static void ApplyDay(ref WindowSums sums, int[] buffer, int n, int count, Span<int> heads, int day, int periodCount)
    {
        int slotAt = heads.Length * n, hoursAt = slotAt + n, crossAt = hoursAt + n;
        var window = heads.Length - 1;
        for (var s = 0; s < heads.Length; s++)
        {
            var row = s * n;
            while (heads[s] < count && buffer[row + heads[s]] == day)
            {
                var j = heads[s]++;
                long hours = buffer[hoursAt + j];
                if (s == 0 || s == window)
                {
                    sums.AddToWindow(buffer[slotAt + j], s == 0 ? hours : -hours, buffer[crossAt + j] != 0);
                }

                if (s > 0 && s <= periodCount)
                {
                    sums.PeriodSums[s - 1] -= hours;
                }

                if (s < periodCount)
                {
                    sums.PeriodSums[s] += hours;
                }
            }
        }
    }

    /// <summary>Running sums of one evaluation date: per capped category, the rest, all uncapped, crossing, and per period.</summary>
    private ref struct WindowSums(Span<long> capSums, Span<long> periodSums)
    {
        public readonly Span<long> CapSums = capSums;

        public readonly Span<long> PeriodSums = periodSums;

        public long Rest;

        public long Uncapped;

        public long Crossing;

        public void AddToWindow(int slot, long hours, bool crossing)
        {
            if (slot >= 0)
            {
                CapSums[slot] += hours;
            }
            else
            {
                Rest += hours;
            }

            Uncapped += hours;
            if (crossing)
            {
                Crossing += hours;
            }
        }
    }
}
