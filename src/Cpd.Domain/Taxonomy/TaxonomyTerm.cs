namespace Cpd.Domain.Taxonomy;

/// <summary>One entry of a taxonomy list: a sector, a profession or a learning category.</summary>
/// <param name="Code">The stable kebab-case code, such as <c>local-government</c>.</param>
/// <param name="Name">The human name, such as <c>Local government</c>.</param>
public sealed record TaxonomyTerm(string Code, string Name);
