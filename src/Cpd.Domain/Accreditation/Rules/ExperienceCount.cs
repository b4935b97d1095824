using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// The number of qualifying experiences of the kinds in the window (unit count): a period experience qualifies when it overlaps the window,
/// an event when its date is in it; optionally only learning records in some categories, only experiences crossing a boundary on a day
/// in the window, and only those at or above a verification level.
/// </summary>
public sealed record ExperienceCount : Requirement
{
    /// <summary>Gets the kinds that count (at least one).</summary>
    public required IReadOnlyList<ExperienceKind> Kinds { get; init; }

    /// <summary>Gets how many are needed (more than 0).</summary>
    public required int Minimum { get; init; }

    /// <summary>Gets the window.</summary>
    public required Window Window { get; init; }

    /// <summary>Gets the learning categories of which a learning record must have one; <see langword="null"/> or empty means any. Non-learning kinds ignore it.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Gets the boundary an experience must cross on some day in the window, or <see langword="null"/>.</summary>
    public Boundary? Boundary { get; init; }

    /// <summary>Gets the lowest verification level that counts.</summary>
    public VerificationLevel MinimumVerification { get; init; } = VerificationLevel.SelfDeclared;

    /// <inheritdoc />
    public override string NodeName => "experienceCount";
}
