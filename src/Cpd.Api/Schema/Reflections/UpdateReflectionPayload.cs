using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Experiences;

namespace Cpd.Api.Schema.Reflections;

/// <summary>The result of <c>updateReflection</c>.</summary>
/// <param name="Reflection">The reflection as changed; null when rejected.</param>
public sealed record UpdateReflectionPayload(Reflection? Reflection) : Payload;
