namespace Cpd.Api.Persistence.Entities;

/// <summary>An accrediting body; owns schemes.</summary>
public sealed class AccreditingBodyRecord
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public List<SchemeRecord> Schemes { get; set; } = [];
}
