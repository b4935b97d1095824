namespace Cpd.Api.Schema.Accreditation;

/// <summary>Accreditation schemes and their published versions.</summary>
public static class SchemesSchema
{
    /// <summary>Adds <c>scheme</c>, <c>defineScheme</c>, <c>publishSchemeVersion</c> (with the <c>@oneOf</c> <c>RequirementInput</c>) and the <c>Scheme</c> node.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddSchemes(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<SchemeQueries>()
            .AddTypeExtension<SchemeMutations>()
            .AddType<RequirementInputType>()
            .AddNode<Scheme>(SchemeQueries.LoadNodeAsync);
    }
}
