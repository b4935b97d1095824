using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Experiences;

/// <summary>An experience of the caller's to withdraw (it stays on record but no longer counts).</summary>
/// <param name="Id">The experience's global id.</param>
public sealed record WithdrawExperienceInput([property: GraphQLType("ID!")] string Id) : MutationInput;
