using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>A new scheme of an accrediting body.</summary>
/// <param name="BodyId">The global id of the owning body.</param>
/// <param name="Code">A lower-case kebab-case code not used by another scheme.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">What the scheme recognises (optional).</param>
public sealed record DefineSchemeInput([property: GraphQLType("ID!")] string BodyId, string Code, string Name, string? Description = null) : MutationInput;
