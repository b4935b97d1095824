using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary>The result of <c>createEmployerLinkCode</c>: the code, shown this once (only its hash is stored).</summary>
/// <param name="Code">The code to give the new employer; null when rejected.</param>
/// <param name="ExpiresAt">When the code stops working.</param>
/// <param name="LinkCode">The code as <c>Member.employerLinkCodes</c> lists it.</param>
public sealed record CreateEmployerLinkCodePayload(
    [property: GraphQLDescription("The code to give your new employer (its HR system sends it as linkCode in syncWorkforce), shown only in this response: the API keeps only its SHA-256 hash.")] string? Code,
    Instant? ExpiresAt,
    EmployerLinkCode? LinkCode) : Payload;
