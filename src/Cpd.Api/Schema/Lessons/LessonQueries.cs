using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Lessons;

/// <summary><c>lessons</c>: the published-anonymised reflections, newest first, for any authenticated caller.</summary>
[ExtendObjectType("Query")]
public sealed class LessonQueries
{
    /// <summary>Newest first (by the reflection's id, which the cursor carries and nothing else shows).</summary>
    public static readonly SortKey<Lesson> Newest = SortKey<Lesson>.ByDescending(l => l.DatabaseId);

    /// <summary>The lessons, optionally filtered.</summary>
    [GraphQLDescription("Reflections their members published anonymised, newest first, for anyone authenticated to learn from others' setbacks: filtered by sector, kind of experience and text (Relay cursor paging, at most 100 per page). " +
        "Errors: UNAUTHENTICATED, BAD_USER_INPUT (where.text longer than 200 characters), INVALID_PAGING, INVALID_CURSOR.")]
    public Task<Connection<Lesson>> GetLessonsAsync(
        int? first,
        string? after,
        int? last,
        string? before,
        LessonFilter? where,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        IResolverContext context)
    {
        policy.RequireAuthenticated();
        if (where?.Text is { Length: > LessonQueryFilters.MaxTextLength })
        {
            throw ApiError.Create(ApiErrorCodes.BadUserInput, $"where.text must be at most {LessonQueryFilters.MaxTextLength} characters.");
        }

        return contexts.PageAsync(
            db => db.Reflections.Lessons().Matching(where).ProjectTo<Lesson>(mapper.ConfigurationProvider),
            Newest,
            new PagingArguments(first, after, last, before),
            context);
    }
}
