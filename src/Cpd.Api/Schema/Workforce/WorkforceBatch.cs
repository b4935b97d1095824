using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Workforce;

/// <summary>The results of one batch of <c>syncWorkforce</c>: the unit of work <see cref="MutationTransactions.WriteAsync{TPayload}"/> commits.</summary>
/// <param name="Rows">The batch's rows' results.</param>
internal sealed record WorkforceBatch(IReadOnlyList<WorkforceRowResult> Rows) : Payload;
