namespace Cpd.Domain.Accreditation.Rules;

/// <summary>Distinct sectors among the member's connections, the home sector on the evaluation date excluded (unit count).</summary>
public sealed record NetworkDiversity : Requirement
{
    /// <summary>Gets the distinct sectors needed (more than 0).</summary>
    public required int MinimumSectors { get; init; }

    /// <inheritdoc />
    public override string NodeName => "networkDiversity";
}
