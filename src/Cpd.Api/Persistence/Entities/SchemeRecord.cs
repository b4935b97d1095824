namespace Cpd.Api.Persistence.Entities;

/// <summary>An accreditation or progression level of a body, with immutable numbered versions.</summary>
public sealed class SchemeRecord
{
    public long Id { get; set; }

    public long BodyId { get; set; }

    public AccreditingBodyRecord? Body { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<SchemeVersionRecord> Versions { get; set; } = [];
}
