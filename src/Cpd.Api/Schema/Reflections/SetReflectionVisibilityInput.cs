using Cpd.Api.Schema.Common;
using Cpd.Domain.Reflections;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Reflections;

/// <summary>Who may read one of the caller's reflections.</summary>
/// <param name="ReflectionId">The reflection's global id.</param>
/// <param name="Visibility">PRIVATE (the member only), SHARED_WITH_ASSESSORS, or PUBLISHED_ANONYMISED (also a lesson).</param>
/// <param name="ExpectedVersion">The version read, if the client wants the change refused (<c>CONFLICT</c>) when the reflection changed since.</param>
public sealed record SetReflectionVisibilityInput([property: GraphQLType("ID!")] string ReflectionId, ReflectionVisibility Visibility, long? ExpectedVersion = null) : MutationInput;
