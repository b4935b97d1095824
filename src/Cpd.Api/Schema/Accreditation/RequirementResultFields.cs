using Cpd.Api.Schema.Experiences;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>RequirementResult.evidence</c> and <c>excluded</c>: experiences resolved through the member's experience DataLoader, so only those the caller may see.</summary>
[ExtendObjectType(typeof(RequirementResult))]
public sealed class RequirementResultFields
{
    /// <summary>The experiences that counted.</summary>
    [GraphQLDescription("The experiences that counted (those the caller may see).")]
    public async Task<IReadOnlyList<Experience>> GetEvidenceAsync([Parent] RequirementResult result, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ids = result.Result.Evidence;
        if (ids.Count == 0)
        {
            return [];
        }

        var visible = await VisibleAsync(result, context).ConfigureAwait(false);
        return [.. ids.Where(visible.ContainsKey).Select(id => visible[id])];
    }

    /// <summary>The experiences that did not count, or not fully.</summary>
    [GraphQLDescription("Experiences of the kinds this requirement looks at that did not count, or not fully: below the verification level (with what they would add), outside the window, not started, days without home employment, not crossing the boundary, category not counted, no reflection. Only those the caller may see.")]
    public async Task<IReadOnlyList<ExcludedExperience>> GetExcludedAsync([Parent] RequirementResult result, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        var excluded = result.Result.Excluded;
        if (excluded.Count == 0)
        {
            return [];
        }

        var visible = await VisibleAsync(result, context).ConfigureAwait(false);
        return [.. excluded.Where(e => visible.ContainsKey(e.ExperienceId)).Select(e => new ExcludedExperience(visible[e.ExperienceId], e.Reason, e.WouldAdd, e.Days))];
    }

    private static async Task<Dictionary<long, Experience>> VisibleAsync(RequirementResult result, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var experiences = await context.DataLoader<ExperiencesByMemberDataLoader>().LoadAsync(result.MemberId, context.CancellationToken).ConfigureAwait(false);
        return experiences.ToDictionary(x => x.DatabaseId);
    }
}
