namespace Cpd.Domain.Experiences;

/// <summary>The member's side of a peer challenge.</summary>
public enum PeerChallengeRole
{
    /// <summary>The member reviews the peer organisation (<c>REVIEWER</c>).</summary>
    Reviewer = 1,

    /// <summary>The member's organisation is reviewed; the peer organisation leads the review team (<c>HOST</c>).</summary>
    Host = 2,
}
