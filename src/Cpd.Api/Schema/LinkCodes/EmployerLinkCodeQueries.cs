using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary><c>Member.employerLinkCodes</c>.</summary>
[ExtendObjectType(typeof(Member))]
public sealed class EmployerLinkCodeQueries
{
    /// <summary>The member's employer link codes the caller may see.</summary>
    [GraphQLDescription("The employer link codes the member created, newest first, used, revoked and expired ones too (never the codes themselves): for the member and administrators; empty for anyone else.")]
    public async Task<IReadOnlyList<EmployerLinkCode>> GetEmployerLinkCodesAsync([Parent] Member member, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(context);
        return await context.DataLoader<EmployerLinkCodesByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);
    }
}
