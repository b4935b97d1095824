namespace Cpd.Api.Schema.Taxonomy;

/// <summary>The taxonomy feature's registration.</summary>
public static class TaxonomySchema
{
    /// <summary>Adds <c>sectors</c>, <c>professions</c>, <c>addSector</c>, <c>addProfession</c> and the default taxonomy's seeding.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddTaxonomy(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Services.AddHostedService<DefaultTaxonomySeeder>();
        return schema.AddTypeExtension<TaxonomyQueries>().AddTypeExtension<TaxonomyMutations>();
    }
}
