using Cpd.Client.Errors;
using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>Members: read one member's record, list the members the caller may see.</summary>
public sealed partial class CpdClient
{
    private static readonly GraphQLOperation GetMemberOperation = new(Documents.GetMember, nameof(Documents.GetMember), IsMutation: false);
    private static readonly GraphQLOperation ListMembersOperation = new(Documents.ListMembers, nameof(Documents.ListMembers), IsMutation: false);

    /// <summary>
    /// Reads a member's record as the caller may see it: a member its own, an assessor members with access to its body,
    /// an HR system its employees (only its employments with them and the experiences overlapping those), an
    /// administrator everyone.
    /// </summary>
    /// <param name="memberId">The member's global id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member; <c>null</c> when an administrator asks for one that does not exist.</returns>
    /// <exception cref="CpdForbiddenException">
    /// The caller may not see this member (also for an id that does not exist, so that callers other than
    /// administrators cannot learn whether it does).
    /// </exception>
    /// <exception cref="CpdGraphQLException">The id is not a member's id (coded <c>MALFORMED_ID</c>).</exception>
    public Task<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken = default) =>
        GetByIdAsync(GetMemberOperation, memberId, CpdJsonContext.Default.MemberData, data => data.Member, cancellationToken);

    /// <summary>
    /// Lists the members the caller may see (a member: itself; an assessor: members with access to its body; an HR
    /// system: its employees, current and past; an administrator: everyone) by display name, fetching pages of
    /// <see cref="CpdClientOptions.PageSize"/> as the caller reads on.
    /// </summary>
    /// <param name="where">Which members; <c>null</c> for all the caller may see.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The members.</returns>
    public IAsyncEnumerable<MemberSummary> ListMembersAsync(MemberFilter? where = null, CancellationToken cancellationToken = default) =>
        PageAsync(
            ListMembersOperation,
            (first, after) => new MembersVariables(first, after, where),
            CpdJsonContext.Default.MembersVariables,
            CpdJsonContext.Default.MembersData,
            data => data.Members,
            cancellationToken);
}
