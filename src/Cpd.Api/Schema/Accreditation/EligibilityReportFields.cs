using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>EligibilityReport.member</c>.</summary>
[ExtendObjectType(typeof(EligibilityReport))]
public sealed class EligibilityReportFields
{
    /// <summary>The member evaluated.</summary>
    [GraphQLDescription("The member evaluated.")]
    public async Task<Member> GetMemberAsync(
        [Parent] EligibilityReport report,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(policy);
        var id = report.MemberId;
        return report.KnownMember
            ?? await MemberQueries.FindVisibleAsync(
                contexts, db => db.Members.Where(m => m.Id == id).VisibleTo(policy.Caller, policy.Now).ProjectTo<Member>(mapper.ConfigurationProvider), cancellationToken)
                .ConfigureAwait(false)
            ?? throw ApiError.Forbidden();
    }
}
