using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary>One of a member's employer link codes, as the member sees it later (never the code itself).</summary>
[GraphQLDescription("A single-use code a member gave (or may give) a new employer so that its HR system can link its workforce row to them. The code itself is shown only when created.")]
public sealed class EmployerLinkCode
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The member's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The global id.</summary>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<EmployerLinkCode>(), DatabaseId);

    /// <summary>When it was created.</summary>
    public Instant CreatedAt { get; init; }

    /// <summary>When it stops working.</summary>
    public Instant ExpiresAt { get; init; }

    /// <summary>When it was used or revoked, if it was.</summary>
    [GraphQLDescription("When an HR system used the code, or when you revoked it (then usedByOrganisationName is null); null while unused.")]
    public Instant? UsedAt { get; init; }

    /// <summary>The organisation whose HR system used it.</summary>
    [GraphQLDescription("The name of the organisation whose HR system used the code; null while unused or when revoked.")]
    public string? UsedByOrganisationName { get; init; }
}
