using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Applications;

/// <summary>The input of <c>decideApplication</c>.</summary>
/// <param name="ApplicationId">The pending application.</param>
/// <param name="Decision">AWARD or REFUSE.</param>
/// <param name="Reason">Required to refuse, and to award an application whose snapshot was not eligible (an override).</param>
/// <param name="ExpectedVersion">The application's version as read; a stale one is a CONFLICT.</param>
public sealed record DecideApplicationInput(
    [property: GraphQLType("ID!")] string ApplicationId,
    ApplicationDecision Decision,
    string? Reason = null,
    long? ExpectedVersion = null) : MutationInput;
