namespace Cpd.Api.Schema.Experiences;

/// <summary>The registration of the experience mutations (the member's write side).</summary>
public static class ExperienceMutationsSchema
{
    /// <summary>Adds <c>log…</c>, <c>updateExperience</c> and <c>withdrawExperience</c>.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddExperienceMutations(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.AddTypeExtension<ExperienceMutations>();
    }
}
