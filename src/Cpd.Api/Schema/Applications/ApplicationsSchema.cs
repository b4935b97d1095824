namespace Cpd.Api.Schema.Applications;

/// <summary>Applications for accreditation and the awards they make.</summary>
public static class ApplicationsSchema
{
    /// <summary>Adds <c>applyForAccreditation</c>, <c>decideApplication</c>, <c>Member.applications</c>, <c>Member.accreditations</c> and the <c>Application</c> node.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddApplications(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<ApplicationMutations>()
            .AddTypeExtension<MemberAccreditationFields>()
            .AddTypeExtension<ApplicationFields>()
            .AddTypeExtension<AwardFields>()
            .AddNode<Application>(ApplicationFields.LoadNodeAsync)
            .AddDataLoader<ApplicationsByMemberDataLoader>()
            .AddDataLoader<AwardsByMemberDataLoader>();
    }
}
