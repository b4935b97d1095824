namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// The share (0..1) of qualifying cross-boundary experiences in the window that have a reflection with a non-empty "what did not work".
/// Qualifying: experiences active in the window that cross any boundary on a day in it. With none, the share is 0 and the leaf is not met.
/// </summary>
public sealed record ReflectionCoverage : Requirement
{
    /// <summary>Gets the share needed, in (0, 1].</summary>
    public required decimal MinimumShare { get; init; }

    /// <summary>Gets the window.</summary>
    public required Window Window { get; init; }

    /// <inheritdoc />
    public override string NodeName => "reflectionCoverage";
}
