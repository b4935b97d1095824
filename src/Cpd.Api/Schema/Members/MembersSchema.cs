namespace Cpd.Api.Schema.Members;

/// <summary>Registers the member read side.</summary>
public static class MembersSchema
{
    /// <summary>Adds <c>me</c>, <c>member</c>, <c>members</c>, the member's career fields, their DataLoaders and the <c>Member</c> node.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddMembers(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<MemberQueries>()
            .AddTypeExtension<MemberCareerQueries>()
            .AddNode<Member>(MemberQueries.LoadNodeAsync)
            .AddDataLoader<EmploymentsByMemberDataLoader>()
            .AddDataLoader<ContactsByMemberDataLoader>()
            .AddDataLoader<CareerDataLoader>()
            .AddDataLoader<OrganisationByIdDataLoader>();
    }
}
