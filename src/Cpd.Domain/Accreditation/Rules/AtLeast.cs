namespace Cpd.Domain.Accreditation.Rules;

/// <summary>Met when at least <see cref="Count"/> children are met (<c>atLeast { count, of [..] }</c>).</summary>
public sealed record AtLeast : CompositeRequirement
{
    /// <summary>Gets how many children must be met (1 to the number of children).</summary>
    public required int Count { get; init; }

    /// <inheritdoc />
    public override string NodeName => "atLeast";
}
