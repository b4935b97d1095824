using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary>The input of <c>revokeEmployerLinkCode</c>.</summary>
/// <param name="LinkCodeId">The code's global id (from <c>Member.employerLinkCodes</c>).</param>
public sealed record RevokeEmployerLinkCodeInput([property: GraphQLType("ID!")] string LinkCodeId) : MutationInput;
