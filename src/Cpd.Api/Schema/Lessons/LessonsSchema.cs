namespace Cpd.Api.Schema.Lessons;

/// <summary>Registers the lessons exchange.</summary>
public static class LessonsSchema
{
    /// <summary>Adds <c>lessons</c> and the <c>Lesson</c> fields the domain computes.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddLessons(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.AddTypeExtension<LessonQueries>().AddTypeExtension<LessonFields>();
    }
}
