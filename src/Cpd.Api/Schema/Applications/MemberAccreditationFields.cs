using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Applications;

/// <summary><c>Member.applications</c> and <c>Member.accreditations</c>.</summary>
[ExtendObjectType(typeof(Member))]
public sealed class MemberAccreditationFields
{
    /// <summary>The member's applications the caller may read.</summary>
    [GraphQLDescription("Applications, oldest first: all for the member and administrators, those to its body for an assessor, none for HR systems.")]
    public async Task<IReadOnlyList<Application>> GetApplicationsAsync([Parent] Member member, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(context);
        return await context.DataLoader<ApplicationsByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The accreditations (awards) the member holds or held.</summary>
    [GraphQLDescription("Accreditations awarded, oldest first, expired ones too (see Award.current); none for HR systems, which do not see them.")]
    public async Task<IReadOnlyList<Award>> GetAccreditationsAsync([Parent] Member member, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(context);
        return await context.DataLoader<AwardsByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);
    }
}
