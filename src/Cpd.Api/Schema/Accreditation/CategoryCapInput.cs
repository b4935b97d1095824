namespace Cpd.Api.Schema.Accreditation;

/// <summary>The most hours one category contributes.</summary>
public sealed class CategoryCapInput
{
    /// <summary>The category code.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>The cap.</summary>
    public decimal MaximumHours { get; init; }
}
