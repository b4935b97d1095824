using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The attestation links issued for an experience, for its member (and administrators).</summary>
[ExtendObjectType(typeof(Experience))]
public sealed class ExperienceAttestationQueries
{
    /// <summary>The links issued for this experience.</summary>
    [GraphQLDescription("The attestation links issued for this experience, oldest first: who was asked, when, until when, whether used. Only its member (and administrators) see them; empty for anyone else.")]
    public async Task<IReadOnlyList<AttestationRequest>> GetAttestationRequestsAsync([Parent] Experience experience, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(experience);
        var requests = await context.DataLoader<AttestationRequestsByMemberDataLoader>().LoadAsync(experience.MemberId, context.CancellationToken).ConfigureAwait(false);
        return [.. requests.Where(r => r.ExperienceId == experience.DatabaseId)];
    }
}
