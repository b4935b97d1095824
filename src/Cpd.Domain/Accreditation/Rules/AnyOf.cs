namespace Cpd.Domain.Accreditation.Rules;

/// <summary>Met when at least one child is met (<c>anyOf [..]</c>).</summary>
public sealed record AnyOf : CompositeRequirement
{
    /// <inheritdoc />
    public override string NodeName => "anyOf";
}
