namespace Cpd.Api.Schema.Connections;

/// <summary>Registers the connections' write side (the read side is <c>Member.connections</c>).</summary>
public static class ConnectionsSchema
{
    /// <summary>Adds <c>addConnection</c> and <c>removeConnection</c>.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddConnections(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.AddTypeExtension<ConnectionMutations>();
    }
}
