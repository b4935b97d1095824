using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Experiences;

/// <summary>A reflection's text fields, each read only through <see cref="AccessPolicy.CanReadReflectionTextAsync"/>.</summary>
[ExtendObjectType(typeof(Reflection))]
public sealed class ReflectionQueries
{
    /// <summary>What worked.</summary>
    [GraphQLDescription("What worked; null with FORBIDDEN for callers who may not read the text.")]
    public async Task<string?> GetWhatWorkedAsync([Parent] Reflection reflection, [Service] AccessPolicy policy, CancellationToken cancellationToken) =>
        await ReadableAsync(reflection, policy, cancellationToken).ConfigureAwait(false) ? reflection.StoredWhatWorked : null;

    /// <summary>What did not work.</summary>
    [GraphQLDescription("What did not work (always written); null with FORBIDDEN for callers who may not read the text.")]
    public async Task<string?> GetWhatDidNotWorkAsync([Parent] Reflection reflection, [Service] AccessPolicy policy, CancellationToken cancellationToken) =>
        await ReadableAsync(reflection, policy, cancellationToken).ConfigureAwait(false) ? reflection.StoredWhatDidNotWork : null;

    /// <summary>What the member would do differently.</summary>
    [GraphQLDescription("What the member would do differently; null with FORBIDDEN for callers who may not read the text.")]
    public async Task<string?> GetWhatIdDoDifferentlyAsync([Parent] Reflection reflection, [Service] AccessPolicy policy, CancellationToken cancellationToken) =>
        await ReadableAsync(reflection, policy, cancellationToken).ConfigureAwait(false) ? reflection.StoredWhatIdDoDifferently : null;

    private static async Task<bool> ReadableAsync(Reflection reflection, AccessPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(policy);
        var allowed = await policy.CanReadReflectionTextAsync(
            new ReflectionRecord { Id = reflection.DatabaseId, MemberId = reflection.MemberId, Visibility = reflection.Visibility }, cancellationToken).ConfigureAwait(false);
        return allowed ? true : throw ApiError.Forbidden("Only the member, and assessors with access when it is shared, read a reflection's text.");
    }
}
