using Cpd.Client.Models;

namespace Cpd.Client.Transport.Wire;

internal sealed record SyncWorkforceVariables(SyncWorkforceInput Input);

internal sealed record SyncWorkforceInput(List<WorkforceRowInput> Rows);

/// <summary>
/// A row as sent. A required text the caller left null goes as an empty string, so that the API rejects that row
/// (<c>REQUIRED</c>, at its field) instead of the whole request failing variable coercion.
/// </summary>
internal sealed record WorkforceRowInput(
    string ExternalId,
    string DisplayName,
    string Role,
    string ProfessionCode,
    DateOnly Start,
    decimal Fte,
    DateOnly? End,
    string? WorkEmail,
    string? ProfessionalRegistration,
    string? MemberId,
    string? LinkCode)
{
    public static WorkforceRowInput From(WorkforceRow row) => new(
        row.ExternalId ?? string.Empty,
        row.DisplayName ?? string.Empty,
        row.Role ?? string.Empty,
        row.ProfessionCode ?? string.Empty,
        row.Start,
        row.Fte,
        row.End,
        row.WorkEmail,
        row.ProfessionalRegistration,
        row.MemberId,
        row.LinkCode);
}

internal sealed class SyncWorkforceData
{
    public SyncWorkforcePayload? SyncWorkforce { get; set; }
}

internal sealed class SyncWorkforcePayload : IPayloadWire
{
    public List<WorkforceRowResultWire>? Rows { get; set; }

    public List<UserErrorWire>? Errors { get; set; }
}

internal sealed class WorkforceRowResultWire
{
    public int Index { get; set; }

    public string? ExternalId { get; set; }

    public WorkforceRowStatus Status { get; set; }

    public string? MemberId { get; set; }

    public string? EmploymentId { get; set; }

    public List<UserErrorWire>? Errors { get; set; }
}
