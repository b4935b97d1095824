using System.Globalization;
using Cpd.Domain.Careers;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>
/// A peer challenge as <see cref="PeerChallengeRole.Reviewer"/> of the peer organisation or as <see cref="PeerChallengeRole.Host"/>
/// reviewed by a team the peer organisation leads. Event-like (dated by its on-site review, measured in hours); it crosses
/// boundaries by the peer organisation's sector, identity and place.
/// </summary>
public sealed record PeerChallenge : EventExperience
{
    private PeerChallenge(long id, long memberId, string title, PeerChallengeRole role, Organisation peerOrganisation, LocalDate date, decimal hours)
        : base(id, memberId, title, date, NormaliseHours(hours))
    {
        Role = role;
        PeerOrganisation = peerOrganisation;
    }

    /// <inheritdoc />
    public override ExperienceKind Kind => ExperienceKind.PeerChallenge;

    /// <summary>Gets the member's side.</summary>
    public PeerChallengeRole Role { get; }

    /// <summary>Gets the reviewed organisation (as reviewer) or the organisation leading the review team (as host).</summary>
    public Organisation PeerOrganisation { get; }

    /// <summary>Creates a peer challenge.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="title">A title.</param>
    /// <param name="role">Reviewer or host.</param>
    /// <param name="peerOrganisation">The peer organisation.</param>
    /// <param name="date">The day of the review.</param>
    /// <param name="hours">The hours spent, more than 0.</param>
    /// <returns>The experience or field errors.</returns>
    public static Result<PeerChallenge> Create(long id, long memberId, string title, PeerChallengeRole role, Organisation peerOrganisation, LocalDate date, decimal hours)
    {
        ArgumentNullException.ThrowIfNull(peerOrganisation);
        var errors = CheckEvent(id, memberId, title, hours);
        errors.AddIf(role is not (PeerChallengeRole.Reviewer or PeerChallengeRole.Host), ExperienceErrors.UnknownValue, "role", "The role must be REVIEWER or HOST.");
        return errors.ToResult(() => new PeerChallenge(id, memberId, title.Trim(), role, peerOrganisation, date, hours));
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> BoundaryValues(Boundary boundary) => boundary switch
    {
        Boundary.Sector => Values(PeerOrganisation.SectorCode),
        Boundary.Organisation => Values(PeerOrganisation.Id.ToString(CultureInfo.InvariantCulture)),
        Boundary.Place => Values(PeerOrganisation.PlaceCode),
        _ => [],
    };
}
