namespace Cpd.Domain.Accreditation.Rules;

/// <summary>A requirement made of child requirements.</summary>
public abstract record CompositeRequirement : Requirement
{
    private protected CompositeRequirement()
    {
    }

    /// <summary>Gets the children, in order (must not be empty).</summary>
    public IReadOnlyList<Requirement> Of { get; init; } = [];
}
