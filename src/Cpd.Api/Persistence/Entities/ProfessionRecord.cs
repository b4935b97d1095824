namespace Cpd.Api.Persistence.Entities;

/// <summary>A discipline, e.g. <c>social-work</c>.</summary>
public sealed class ProfessionRecord
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
