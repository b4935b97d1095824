using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>A new accrediting body.</summary>
/// <param name="Code">A lower-case kebab-case code not used by another body, such as <c>institute-of-place-leadership</c>.</param>
/// <param name="Name">The name.</param>
public sealed record AddAccreditingBodyInput(string Code, string Name) : MutationInput;
