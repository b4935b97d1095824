using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary>The input of <c>createEmployerLinkCode</c>.</summary>
/// <param name="ValidFor">How long the code works (default 30 days, at most 90).</param>
public sealed record CreateEmployerLinkCodeInput(
    [property: GraphQLDescription("How long the code works: more than zero and at most 90 days (P90D); P30D when omitted.")] Period? ValidFor = null) : MutationInput;
