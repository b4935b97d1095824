namespace Cpd.Client.Models;

/// <summary>The outcome of a whole workforce sync: one result per input row, in input order.</summary>
public sealed class WorkforceSyncResult
{
    /// <summary>Creates the result (for tests and fakes of code that uses the client).</summary>
    /// <param name="rows">One result per input row, in input order.</param>
    public WorkforceSyncResult(IReadOnlyList<WorkforceRowResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows;
    }

    /// <summary>One result per input row, in input order (<see cref="WorkforceRowResult.Index"/> is the position).</summary>
    public IReadOnlyList<WorkforceRowResult> Rows { get; }

    /// <summary>The rejected rows, with their reasons.</summary>
    public IEnumerable<WorkforceRowResult> RejectedRows => Rows.Where(r => r.Status == WorkforceRowStatus.Rejected);

    /// <summary>Whether every row was accepted.</summary>
    public bool AllAccepted => Rows.All(r => r.Status != WorkforceRowStatus.Rejected);

    /// <summary>How many rows had the given status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(WorkforceRowStatus status) => Rows.Count(r => r.Status == status);
}
