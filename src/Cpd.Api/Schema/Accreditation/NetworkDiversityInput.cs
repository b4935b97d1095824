namespace Cpd.Api.Schema.Accreditation;

/// <summary>Connections in distinct sectors.</summary>
public sealed class NetworkDiversityInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>How many distinct sectors are required.</summary>
    public int MinimumSectors { get; init; }
}
