using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Lessons;

/// <summary>The lessons exchange as <see cref="IQueryable{T}"/> filters that EF Core translates to SQL on SQLite and PostgreSQL alike.</summary>
public static class LessonQueryFilters
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxTextLength = 200;

    private const string Escape = "\\";

    /// <summary>
    /// The reflections that are lessons: published anonymised by their member, about no experience or about one that was not
    /// withdrawn. This is the whole visibility rule of the exchange: any authenticated caller reads every lesson.
    /// </summary>
    public static IQueryable<ReflectionRecord> Lessons(this IQueryable<ReflectionRecord> reflections)
    {
        ArgumentNullException.ThrowIfNull(reflections);
        return reflections.Where(r => r.Visibility == ReflectionVisibility.PublishedAnonymised && (r.Experience == null || r.Experience.WithdrawnAt == null));
    }

    /// <summary>Narrows lessons to those matching <paramref name="filter"/>.</summary>
    public static IQueryable<ReflectionRecord> Matching(this IQueryable<ReflectionRecord> lessons, LessonFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        if (filter?.Kind is { } kind)
        {
            lessons = lessons.Where(r => r.Experience != null && r.Experience.Kind == kind);
        }

        if (filter?.SectorCode is { } sector)
        {
            lessons = lessons.Where(r =>
                (r.Experience != null && (r.Experience.HostOrganisation!.Sector!.Code == sector || r.Experience.CounterpartSector!.Code == sector))
                || r.Member!.Employments.Any(e => e.Organisation!.Sector!.Code == sector
                    && (r.Experience == null || (e.Start <= r.Experience.Start && (e.End == null || e.End >= r.Experience.Start)))));
        }

        if (!string.IsNullOrWhiteSpace(filter?.Text))
        {
            // lower() on both sides: SQLite's LIKE ignores ASCII case only and PostgreSQL's not at all, so this is ILIKE on both.
#pragma warning disable CA1304, CA1308, CA1311 // Translated to SQL lower(), which is culture-free there.
            var pattern = "%" + filter.Text.Trim().ToLowerInvariant().Replace(Escape, Escape + Escape, StringComparison.Ordinal)
                .Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
            lessons = lessons.Where(r => EF.Functions.Like(r.WhatDidNotWork.ToLower(), pattern, Escape)
                || (r.WhatWorked != null && EF.Functions.Like(r.WhatWorked.ToLower(), pattern, Escape))
                || (r.WhatIdDoDifferently != null && EF.Functions.Like(r.WhatIdDoDifferently.ToLower(), pattern, Escape)));
#pragma warning restore CA1304, CA1308, CA1311
        }

        return lessons;
    }
}
