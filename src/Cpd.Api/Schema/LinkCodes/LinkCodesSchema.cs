namespace Cpd.Api.Schema.LinkCodes;

/// <summary>Registers the members' employer link codes.</summary>
public static class LinkCodesSchema
{
    /// <summary>Adds <c>createEmployerLinkCode</c>, <c>revokeEmployerLinkCode</c>, <c>Member.employerLinkCodes</c> and its DataLoader.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddEmployerLinkCodes(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<EmployerLinkCodeMutations>()
            .AddTypeExtension<EmployerLinkCodeQueries>()
            .AddDataLoader<EmployerLinkCodesByMemberDataLoader>();
    }
}
