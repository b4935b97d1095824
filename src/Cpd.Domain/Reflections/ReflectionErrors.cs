namespace Cpd.Domain.Reflections;

/// <summary>Error codes of the reflection area.</summary>
public static class ReflectionErrors
{
    /// <summary>A lesson was requested from a reflection that is not published anonymised.</summary>
    public const string NotPublished = "REFLECTION_NOT_PUBLISHED";

    /// <summary>The experience given is not the one the reflection is about.</summary>
    public const string ExperienceMismatch = "EXPERIENCE_MISMATCH";

    /// <summary>The visibility value is not defined.</summary>
    public const string UnknownVisibility = "UNKNOWN_VISIBILITY";
}
