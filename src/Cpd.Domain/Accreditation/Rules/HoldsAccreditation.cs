using NodaTime;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>Holds a current award of the scheme <see cref="SchemeCode"/>, held without a break for at least <see cref="MinimumPeriod"/> (unit days).</summary>
public sealed record HoldsAccreditation : Requirement
{
    /// <summary>Gets the code of the other scheme.</summary>
    public required string SchemeCode { get; init; }

    /// <summary>Gets how long it must have been held, or <see langword="null"/> for any time.</summary>
    public Period? MinimumPeriod { get; init; }

    /// <inheritdoc />
    public override string NodeName => "holdsAccreditation";
}
