using Cpd.Api.Auth;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>Scheme.currentVersion</c>.</summary>
[ExtendObjectType(typeof(Scheme))]
public sealed class SchemeFields
{
    /// <summary>The version effective on a date.</summary>
    [GraphQLDescription("The version effective on asOf (default: today's date in UTC): the latest one whose effectiveFrom is not after it; null before version 1 takes effect.")]
    public SchemeVersion? GetCurrentVersion([Parent] Scheme scheme, LocalDate? asOf, [Service] AccessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(policy);
        return EffectiveOn(scheme, asOf ?? MemberQueries.Today(policy));
    }

    /// <summary>The latest version effective on or before <paramref name="date"/>.</summary>
    internal static SchemeVersion? EffectiveOn(Scheme scheme, LocalDate date) =>
        scheme.Versions.Where(v => v.EffectiveFrom <= date).MaxBy(v => v.Number);
}
