using System.Globalization;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>The small vocabulary explanations are built from.</summary>
internal static class Wording
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(long raw, long scale) => Number((decimal)raw / scale);

    public static string Date(int day) => DateText.Plain(Days.ToDate(day));

    /// <summary>"in the 5 years to 22 Nov 2026" or "up to 22 Nov 2026".</summary>
    public static string Window(Window window, int asOf) =>
        window.Period is { } p ? $"in the {PeriodText(p)} to {Date(asOf)}" : $"up to {Date(asOf)}";

    public static string PeriodText(Period p)
    {
        if (p.Months == 0 && p.Weeks == 0 && p.Days == 0)
        {
            return p.Years == 1 ? "year" : $"{p.Years} years";
        }

        if (p.Years == 0 && p.Weeks == 0 && p.Days == 0)
        {
            return p.Months == 1 ? "month" : $"{p.Months} months";
        }

        if (p.Years == 0 && p.Months == 0)
        {
            var days = (p.Weeks * 7) + p.Days;
            return days == 1 ? "day" : $"{days} days";
        }

        return p.ToString();
    }

    public static string Boundary(Boundary boundary) => boundary switch
    {
        Experiences.Boundary.Sector => "sector",
        Experiences.Boundary.Organisation => "organisation",
        Experiences.Boundary.Profession => "profession",
        _ => "place",
    };

    public static string Plural(Boundary boundary) => boundary switch
    {
        Experiences.Boundary.Sector => "sectors",
        Experiences.Boundary.Organisation => "organisations",
        Experiences.Boundary.Profession => "professions",
        _ => "places",
    };

    public static string Kinds(IReadOnlyList<ExperienceKind>? kinds, string whenAll)
    {
        if (kinds is null || kinds.Count == 0)
        {
            return whenAll;
        }

        if (kinds.Count == 1)
        {
            return kinds[0].ToNoun();
        }

        var nouns = kinds.Select(k => k.ToNoun()).ToArray();
        return string.Join(", ", nouns[..^1]) + " or " + nouns[^1];
    }

    public static string List(IReadOnlyList<string>? items) => items is null || items.Count == 0 ? string.Empty : string.Join(", ", items);

    /// <summary>"; you have 140, 42 short" or "; you have 200, so this is met".</summary>
    public static string Have(RequirementResult r, long scale) =>
        r.IsMet
            ? $"; you have {Number(r.MeasuredRaw, scale)}, so this is met"
            : $"; you have {Number(r.MeasuredRaw, scale)}, {Number(r.ShortfallRaw, scale)} short";

    /// <summary>The projection clause of an unmet leaf: "; on current plans you reach it on …" or that nothing recorded does.</summary>
    public static string Reach(RequirementResult r, string how = "on current plans")
    {
        if (r.IsMet || r.Spans is null)
        {
            return string.Empty;
        }

        return r.ProjectedDay >= 0 ? $"; {how} you reach it on {Date(r.ProjectedDay)}" : "; nothing recorded reaches it within the horizon";
    }
}
