namespace Cpd.Client.Models;

/// <summary>
/// Something a member did beyond their home employment. Period kinds (secondment, shadowing, joint work, mentoring)
/// have <see cref="Start"/>, <see cref="End"/> and <see cref="Fte"/>; event kinds (peer challenge, learning event,
/// CPD activity) have <see cref="Date"/> and <see cref="Hours"/>.
/// </summary>
/// <param name="Id">The global id.</param>
/// <param name="Kind">What kind of experience.</param>
/// <param name="Title">A short title.</param>
/// <param name="HostOrganisation">The organisation that hosted it (secondment, shadowing, joint work, peer challenge).</param>
/// <param name="CounterpartSector">The counterpart's sector (mentoring).</param>
/// <param name="CounterpartProfession">The counterpart's profession (mentoring), if given.</param>
/// <param name="CounterpartName">The counterpart's name (mentoring).</param>
/// <param name="Profession">The profession practised during it, if given.</param>
/// <param name="Role">The member's side (mentoring, peer challenge).</param>
/// <param name="Start">The first day (for an event, its date).</param>
/// <param name="End">The last day (inclusive); <c>null</c> while it continues, or for an event.</param>
/// <param name="Date">The day of an event.</param>
/// <param name="Fte">Full-time equivalent, for period kinds.</param>
/// <param name="Hours">Hours, for event kinds.</param>
/// <param name="Categories">The learning categories (learning events, CPD activities).</param>
/// <param name="SectorsInvolved">The sectors involved (learning events).</param>
/// <param name="BoundariesCrossed">The boundaries it crosses from the member's home; empty once withdrawn.</param>
/// <param name="Verification">How well it is confirmed.</param>
/// <param name="Attestations">Its confirmations and disputes.</param>
/// <param name="Withdrawn">Whether the member withdrew it (it no longer counts).</param>
/// <param name="Version">Increases with every change.</param>
public sealed record Experience(
    string Id,
    ExperienceKind Kind,
    string Title,
    Organisation? HostOrganisation,
    Sector? CounterpartSector,
    Profession? CounterpartProfession,
    string? CounterpartName,
    Profession? Profession,
    ExperienceRole? Role,
    DateOnly Start,
    DateOnly? End,
    DateOnly? Date,
    decimal? Fte,
    decimal? Hours,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> SectorsInvolved,
    IReadOnlyList<Boundary> BoundariesCrossed,
    VerificationLevel Verification,
    IReadOnlyList<Attestation> Attestations,
    bool Withdrawn,
    int Version);
