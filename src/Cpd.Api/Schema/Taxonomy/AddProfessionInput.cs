using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>A new profession.</summary>
/// <param name="Code">A lower-case kebab-case code not yet used by another profession.</param>
/// <param name="Name">The human name.</param>
public sealed record AddProfessionInput(string Code, string Name) : MutationInput;
