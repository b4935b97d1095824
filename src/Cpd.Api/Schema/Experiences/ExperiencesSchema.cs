using Cpd.Api.Schema.Members;

namespace Cpd.Api.Schema.Experiences;

/// <summary>Registers the experience read side.</summary>
public static class ExperiencesSchema
{
    /// <summary>Adds the experience and reflection fields, their DataLoaders and the <c>Experience</c>, <c>Employment</c> and <c>Reflection</c> nodes.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddExperiences(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema
            .AddTypeExtension<ExperienceQueries>()
            .AddTypeExtension<ReflectionQueries>()
            .AddNode<Experience>(ExperienceQueries.LoadExperienceAsync)
            .AddNode<Employment>(ExperienceQueries.LoadEmploymentAsync)
            .AddNode<Reflection>(ExperienceQueries.LoadReflectionAsync)
            .AddDataLoader<ExperiencesByMemberDataLoader>()
            .AddDataLoader<ReflectionsByMemberDataLoader>();
    }
}
