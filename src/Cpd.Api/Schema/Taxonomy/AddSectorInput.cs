using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>A new sector.</summary>
/// <param name="Code">A lower-case kebab-case code not yet used by another sector.</param>
/// <param name="Name">The human name.</param>
public sealed record AddSectorInput(string Code, string Name) : MutationInput;
