using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Workforce;

/// <summary>The result of <c>syncWorkforce</c>: one result per row, in input order (empty when the request as a whole was refused).</summary>
/// <param name="Rows">The rows' results.</param>
public sealed record SyncWorkforcePayload(IReadOnlyList<WorkforceRowResult> Rows) : Payload;
