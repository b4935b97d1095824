namespace Cpd.Api.Schema.Organisations;

/// <summary>The organisations feature's registration.</summary>
public static class OrganisationsSchema
{
    /// <summary>Adds <c>organisation</c>, <c>organisations</c>, <c>addOrganisation</c>, <c>updateOrganisation</c> and the <c>Organisation</c> node.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddOrganisations(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<OrganisationQueries>()
            .AddTypeExtension<OrganisationMutations>()
            .AddNode<Organisation>(OrganisationQueries.LoadNodeAsync);
    }
}
