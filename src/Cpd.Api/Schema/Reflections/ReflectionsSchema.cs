namespace Cpd.Api.Schema.Reflections;

/// <summary>Registers the reflection write side (the read side is with the experiences).</summary>
public static class ReflectionsSchema
{
    /// <summary>Adds <c>addReflection</c>, <c>updateReflection</c> and <c>setReflectionVisibility</c>.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddReflections(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.AddTypeExtension<ReflectionMutations>();
    }
}
