using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Applications;

/// <summary>The input of <c>applyForAccreditation</c>.</summary>
/// <param name="SchemeId">The scheme to apply for.</param>
public sealed record ApplyForAccreditationInput([property: GraphQLType("ID!")] string SchemeId) : MutationInput;
