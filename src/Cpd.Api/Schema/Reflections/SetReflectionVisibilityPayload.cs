using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Experiences;

namespace Cpd.Api.Schema.Reflections;

/// <summary>The result of <c>setReflectionVisibility</c>.</summary>
/// <param name="Reflection">The reflection with its new visibility; null when rejected.</param>
public sealed record SetReflectionVisibilityPayload(Reflection? Reflection) : Payload;
