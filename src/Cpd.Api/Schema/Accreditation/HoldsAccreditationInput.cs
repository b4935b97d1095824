namespace Cpd.Api.Schema.Accreditation;

/// <summary>Holding an award of another scheme.</summary>
public sealed class HoldsAccreditationInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>The code of the scheme held.</summary>
    public string SchemeCode { get; init; } = string.Empty;

    /// <summary>How long it must have been held, an ISO-8601 period.</summary>
    public string? MinimumPeriod { get; init; }
}
