using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// FTE-weighted days of period experience that crosses <see cref="Boundary"/> (unit FTE-days): each day in the window earns
/// min(1, Σ FTE of qualifying experiences active and crossing that day).
/// </summary>
public sealed record CrossBoundaryTime : Requirement
{
    /// <summary>Gets the boundary that must be crossed.</summary>
    public required Boundary Boundary { get; init; }

    /// <summary>Gets the FTE-days needed (more than 0).</summary>
    public required decimal MinimumDays { get; init; }

    /// <summary>Gets the window.</summary>
    public required Window Window { get; init; }

    /// <summary>Gets the period-like kinds that count; <see langword="null"/> or empty means every period-like kind.</summary>
    public IReadOnlyList<ExperienceKind>? Kinds { get; init; }

    /// <summary>Gets the lowest verification level that counts.</summary>
    public VerificationLevel MinimumVerification { get; init; } = VerificationLevel.SelfDeclared;

    /// <inheritdoc />
    public override string NodeName => "crossBoundaryTime";
}
