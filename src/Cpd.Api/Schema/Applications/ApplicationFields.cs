using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Applications;

/// <summary><c>Application.award</c>, <c>Award.current</c> and the <c>Application</c> node.</summary>
[ExtendObjectType(typeof(Application))]
public sealed class ApplicationFields
{
    /// <summary>The award an AWARDED application made.</summary>
    [GraphQLDescription("The award this application made (AWARDED only).")]
    public async Task<Award?> GetAwardAsync([Parent] Application application, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(context);
        if (application.Decision != ApplicationDecision.Award)
        {
            return null;
        }

        var awards = await context.DataLoader<AwardsByMemberDataLoader>().LoadAsync(application.MemberId, context.CancellationToken).ConfigureAwait(false);
        return awards.FirstOrDefault(a => a.ApplicationId == application.DatabaseId);
    }

    /// <summary>The node loader of <c>Application</c>: the same rule as <c>Member.applications</c>.</summary>
    internal static async ValueTask<INode?> LoadNodeAsync(IResolverContext context, long id)
    {
        var policy = context.Service<AccessPolicy>();
        policy.RequireAuthenticated();
        var mapper = context.Service<IMapper>();
        return await MemberQueries.FindVisibleAsync(
                context.Service<IDbContextFactory<CpdDbContext>>(),
                db => db.Applications.Where(a => a.Id == id).VisibleTo(policy.Caller, policy.Now).ProjectTo<Application>(mapper.ConfigurationProvider),
                context.CancellationToken).ConfigureAwait(false)
            ?? throw MemberQueries.Denied(policy, GraphQLNames.Of<Application>(), GlobalId.Format(GraphQLNames.Of<Application>(), id));
    }
}
