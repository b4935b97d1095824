namespace Cpd.Domain.Reflections;

/// <summary>Who may read a reflection. Employers (HR systems) never may, whatever the visibility.</summary>
public enum ReflectionVisibility
{
    /// <summary>Only the member (<c>PRIVATE</c>, the default).</summary>
    Private = 0,

    /// <summary>The member and the assessors of bodies the member applied to or granted access (<c>SHARED_WITH_ASSESSORS</c>).</summary>
    SharedWithAssessors = 1,

    /// <summary>Also published as an anonymised lesson (<c>PUBLISHED_ANONYMISED</c>).</summary>
    PublishedAnonymised = 2,
}
