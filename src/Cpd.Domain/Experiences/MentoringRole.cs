namespace Cpd.Domain.Experiences;

/// <summary>The member's side of a mentoring relationship.</summary>
public enum MentoringRole
{
    /// <summary>The member mentors the counterpart (<c>MENTOR</c>).</summary>
    Mentor = 1,

    /// <summary>The member is mentored by the counterpart (<c>MENTEE</c>).</summary>
    Mentee = 2,
}
