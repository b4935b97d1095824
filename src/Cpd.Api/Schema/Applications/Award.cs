using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Applications;

/// <summary>An accreditation held (GraphQL output, mapped from <c>AwardRecord</c>).</summary>
[GraphQLDescription("An accreditation awarded to a member: the scheme, the version it was judged against, the award date and the expiry (award date + the version's validity).")]
public sealed class Award
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The holder's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The application it decided, if any.</summary>
    [GraphQLIgnore]
    public long? ApplicationId { get; init; }

    /// <summary>The global id.</summary>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Award>(), DatabaseId);

    /// <summary>The scheme.</summary>
    public Scheme Scheme { get; init; } = new();

    /// <summary>The version judged against.</summary>
    public SchemeVersion SchemeVersion { get; init; } = new();

    /// <summary>The first day it is held.</summary>
    public LocalDate AwardedOn { get; init; }

    /// <summary>The first day it is no longer held.</summary>
    [GraphQLDescription("The first day it is no longer held: awardedOn + the version's validity.")]
    public LocalDate ExpiresOn { get; init; }
}
