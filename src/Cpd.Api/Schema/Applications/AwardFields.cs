using Cpd.Api.Auth;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Applications;

/// <summary><c>Award.current</c>.</summary>
[ExtendObjectType(typeof(Award))]
public sealed class AwardFields
{
    /// <summary>Whether the award is held on a date.</summary>
    [GraphQLDescription("Whether the award is held on asOf (default: today's date in UTC): from awardedOn up to the day before expiresOn.")]
    public bool GetCurrent([Parent] Award award, LocalDate? asOf, [Service] AccessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(policy);
        var date = asOf ?? MemberQueries.Today(policy);
        return date >= award.AwardedOn && date < award.ExpiresOn;
    }
}
