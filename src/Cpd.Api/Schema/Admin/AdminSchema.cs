namespace Cpd.Api.Schema.Admin;

/// <summary>The administration feature's registration.</summary>
public static class AdminSchema
{
    /// <summary>Adds <c>apiKeys</c>, <c>auditLog</c>, <c>createApiKey</c>, <c>revokeApiKey</c> and the <c>ApiKey</c> node.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddAdmin(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<AdminQueries>()
            .AddTypeExtension<AdminMutations>()
            .AddNode<ApiKey>(AdminQueries.LoadNodeAsync);
    }
}
