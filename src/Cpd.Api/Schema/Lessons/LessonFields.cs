using Cpd.Api.Schema.Members;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using DomainLesson = Cpd.Domain.Reflections.Lesson;
using DomainReflection = Cpd.Domain.Reflections.Reflection;
using ReflectionVisibility = Cpd.Domain.Reflections.ReflectionVisibility;

namespace Cpd.Api.Schema.Lessons;

/// <summary>
/// A lesson's kind and sectors, as the domain's <see cref="DomainLesson"/> makes them from the author's career (batched
/// through <see cref="CareerDataLoader"/>). Only these anonymous values leave the resolver.
/// </summary>
[ExtendObjectType(typeof(Lesson))]
public sealed class LessonFields
{
    /// <summary>The kind of experience reflected on.</summary>
    [GraphQLDescription("The kind of experience reflected on; null for a general reflection.")]
    public async Task<ExperienceKind?> GetKindAsync([Parent] Lesson lesson, IResolverContext context) =>
        (await DomainLessonAsync(lesson, context).ConfigureAwait(false))?.Kind;

    /// <summary>The sectors involved.</summary>
    [GraphQLDescription("The sectors involved, distinct: the author's home sector when the experience began (when the reflection was written, for a general one) first, then the experience's.")]
    public async Task<IReadOnlyList<string>> GetSectorsAsync([Parent] Lesson lesson, IResolverContext context) =>
        (await DomainLessonAsync(lesson, context).ConfigureAwait(false))?.Sectors ?? [];

    private static async Task<DomainLesson?> DomainLessonAsync(Lesson lesson, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(context);
        var career = (await context.DataLoader<CareerDataLoader>().LoadAsync(lesson.MemberId, context.CancellationToken).ConfigureAwait(false))?.Career;
        if (career is null)
        {
            return null;
        }

        var experience = lesson.ExperienceId is { } id ? career.Experiences.FirstOrDefault(x => x.Id == id) : null;
        var home = career.HomeOn(experience?.FirstDay ?? lesson.CreatedAt.InUtc().Date);
        var reflection = DomainReflection.Restore(lesson.DatabaseId, lesson.MemberId, experience?.Id, lesson.WhatWorked, lesson.WhatDidNotWork, lesson.WhatIdDoDifferently,
            ReflectionVisibility.PublishedAnonymised, lesson.CreatedAt);
        return reflection.IsSuccess && DomainLesson.From(reflection.Value, experience, home) is { IsSuccess: true } made ? made.Value : null;
    }
}
