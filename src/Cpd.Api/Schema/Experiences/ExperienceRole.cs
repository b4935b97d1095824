namespace Cpd.Api.Schema.Experiences;

/// <summary>The member's role in a mentoring or a peer challenge.</summary>
public enum ExperienceRole
{
    /// <summary>Mentoring someone.</summary>
    Mentor = 1,

    /// <summary>Being mentored.</summary>
    Mentee = 2,

    /// <summary>Reviewing another organisation in a peer challenge.</summary>
    Reviewer = 3,

    /// <summary>Hosting a peer challenge.</summary>
    Host = 4,
}
