namespace Cpd.Api.Schema.Access;

/// <summary>Registers the members' access grants.</summary>
public static class AccessSchema
{
    /// <summary>Adds <c>grantAccess</c>, <c>revokeAccess</c>, <c>Member.accessGrants</c>, <c>AccessGrant.active</c> and their DataLoader.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddAccessGrants(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<AccessMutations>()
            .AddTypeExtension<AccessGrantQueries>()
            .AddTypeExtension<AccessGrantStatusQueries>()
            .AddDataLoader<AccessGrantsByMemberDataLoader>();
    }
}
