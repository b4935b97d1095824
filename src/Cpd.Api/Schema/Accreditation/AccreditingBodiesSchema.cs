namespace Cpd.Api.Schema.Accreditation;

/// <summary>The accrediting bodies' registration (schemes and applications register separately).</summary>
public static class AccreditingBodiesSchema
{
    /// <summary>Adds <c>accreditingBodies</c>, <c>addAccreditingBody</c> and the <c>AccreditingBody</c> node.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddAccreditingBodies(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<AccreditingBodyQueries>()
            .AddTypeExtension<AccreditingBodyMutations>()
            .AddNode<AccreditingBody>(AccreditingBodyQueries.LoadNodeAsync);
    }
}
