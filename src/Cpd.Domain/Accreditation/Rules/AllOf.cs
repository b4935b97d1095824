namespace Cpd.Domain.Accreditation.Rules;

/// <summary>Met when every child is met (<c>allOf [..]</c>).</summary>
public sealed record AllOf : CompositeRequirement
{
    /// <inheritdoc />
    public override string NodeName => "allOf";
}
