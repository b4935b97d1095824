namespace Cpd.Api.Persistence.Entities;

/// <summary>The next unallocated id of one table; <see cref="IdAllocator"/> takes blocks from it.</summary>
public sealed class KeySequenceRecord
{
    public string Name { get; set; } = "";

    public long NextValue { get; set; }
}
