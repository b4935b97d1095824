using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Tests.Properties;
using NodaTime;
using static Cpd.Domain.Tests.Properties.PropertyChecks;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

/// <summary>
/// The index against the definitions, over generated careers: crossing a boundary is decided day by day from <see cref="Career.HomeOn"/>
/// and <see cref="Experience.CrossesOn"/>. Both only change where an employment or the experience starts or ends, so checking one day
/// of each piece between those breakpoints checks every day.
/// </summary>
public sealed class CareerIndexTests
{
    private static readonly Boundary[] Boundaries = [Boundary.Sector, Boundary.Organisation, Boundary.Profession, Boundary.Place];

    [Fact]
    public void CrossSpans_GeneratedCareers_AreTheDaysEachExperienceCrossesEachBoundary()
    {
        ForAll(CareerGenerators.Careers, sample =>
        {
            var career = sample.ToCareer();
            var index = CareerIndex.For(career);
            for (var i = 0; i < index.Items.Length; i++)
            {
                var any = new List<Span>();
                foreach (var b in Boundaries)
                {
                    var expected = Oracle(career, index.Sources[i], (home, day) => index.Sources[i].CrossesOn(b, home, day));
                    index.CrossSpans(b, i).ToArray().ShouldBe(expected, $"{index.Sources[i].Kind} {index.Items[i].Id} {b}");
                    index.Items[i].Crosses(b).ShouldBe(expected.Length > 0);
                    any.AddRange(expected);
                }

                index.AnyCrossSpans(i).ToArray().ShouldBe([.. SpanSet.Normalise(any)], $"{index.Items[i].Id} any boundary");
                index.Items[i].CrossesAny.ShouldBe(any.Count > 0);
            }
        });
    }

    [Fact]
    public void Values_GeneratedCareers_AreTheDaysEachExperienceSpendsInEachOtherValue()
    {
        ForAll(CareerGenerators.Careers, sample =>
        {
            var career = sample.ToCareer();
            var index = CareerIndex.For(career);
            foreach (var b in Boundaries)
            {
                var table = index.Values(b);
                var actual = new List<string>();
                for (var v = 0; v < table.Count; v++)
                {
                    var items = table.Items(v);
                    var spans = table.Spans(v);
                    for (var i = 0; i < index.Items.Length; i++)
                    {
                        var own = new List<Span>();
                        for (var j = 0; j < items.Length; j++)
                        {
                            if (items[j] == i)
                            {
                                own.Add(spans[j]);
                            }
                        }

                        if (own.Count > 0)
                        {
                            actual.Add($"{table.Value(v)} {index.Items[i].Id} {string.Join(",", SpanSet.Normalise(own))}");
                        }
                    }
                }

                var expected = new List<string>();
                foreach (var value in index.Sources.SelectMany(x => x.BoundaryValues(b)).Distinct().Order(StringComparer.Ordinal))
                {
                    for (var i = 0; i < index.Items.Length; i++)
                    {
                        var x = index.Sources[i];
                        var days = x.BoundaryValues(b).Contains(value)
                            ? Oracle(career, x, (home, _) => home?.ValueOf(b) is { } h && !string.Equals(h, value, StringComparison.Ordinal))
                            : [];
                        if (days.Length > 0)
                        {
                            expected.Add($"{value} {x.Id} {string.Join(",", days)}");
                        }
                    }
                }

                actual.ShouldBe(expected, b.ToString());
            }
        });
    }

    [Fact]
    public void Items_GeneratedCareers_FlagReflectionsOnWhatDidNotWork()
    {
        ForAll(CareerGenerators.Careers, sample =>
        {
            var career = sample.ToCareer();
            var index = CareerIndex.For(career);
            var reflected = career.Reflections.Where(r => !string.IsNullOrWhiteSpace(r.WhatDidNotWork)).Select(r => r.ExperienceId).ToHashSet();

            index.Items.Select(x => x.IsReflected).ShouldBe(index.Items.Select(x => reflected.Contains(x.Id)));
        });
    }

    [Fact]
    public void Homes_GeneratedCareers_CountConnectionSectorsOtherThanHome()
    {
        ForAll(CareerGenerators.Careers, sample =>
        {
            var career = sample.ToCareer();
            foreach (var segment in CareerIndex.For(career).Homes)
            {
                var home = career.HomeOn(Days.ToDate(segment.Start))!;
                segment.Home.Employment.ShouldBeSameAs(home.Employment);
                segment.ConnectionSectorsAway.ShouldBe(career.Connections.Select(c => c.SectorCode).Distinct().Count(s => s != home.SectorCode));
            }
        });
    }

    /// <summary>The days of the experience on which <paramref name="holds"/> is true for that day's home, as normalised spans.</summary>
    private static Span[] Oracle(Career career, Experience experience, Func<Home?, LocalDate, bool> holds)
    {
        int first = Days.Of(experience.FirstDay), last = Days.Of(experience.LastDay);
        var breaks = new SortedSet<int> { first };
        foreach (var e in career.Employments)
        {
            breaks.Add(Days.Of(e.Start));
            if (e.End is { } end)
            {
                breaks.Add(Days.Of(end) + 1);
            }
        }

        var starts = breaks.Where(d => d >= first && d <= last).ToArray();
        var spans = new List<Span>();
        for (var k = 0; k < starts.Length; k++)
        {
            var day = Days.ToDate(starts[k]);
            if (holds(career.HomeOn(day), day))
            {
                spans.Add(new Span(starts[k], k + 1 < starts.Length ? starts[k + 1] - 1 : last));
            }
        }

        return [.. SpanSet.Normalise(spans)];
    }
}
