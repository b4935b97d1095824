using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Experiences;

namespace Cpd.Api.Schema.Reflections;

/// <summary>The result of <c>addReflection</c>.</summary>
/// <param name="Reflection">The reflection; null when rejected.</param>
public sealed record AddReflectionPayload(Reflection? Reflection) : Payload;
