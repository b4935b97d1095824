using System.Globalization;
using System.Runtime.CompilerServices;
using Cpd.Client.Errors;
using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>Workforce sync: an HR system's employees, upserted by their external id, in requests of a bounded size.</summary>
public sealed partial class CpdClient
{
    /// <summary>The API's code for an external id sent twice (the API checks within a request, the client across them).</summary>
    private const string DuplicateExternalId = "DUPLICATE_EXTERNAL_ID";

    private static readonly GraphQLOperation SyncWorkforceOperation = new(Documents.SyncWorkforce, nameof(Documents.SyncWorkforce), IsMutation: true);

    /// <summary>
    /// Upserts the calling HR system's employees (members, and their employment with its organisation) by external id.
    /// The rows go in requests of at most <see cref="CpdClientOptions.WorkforceSyncChunkSize"/> (the API's limit, 5,000),
    /// each with its own <c>Idempotency-Key</c>, so that a retried request is never applied twice.
    /// </summary>
    /// <param name="rows">The employees; enumerated once, request by request.</param>
    /// <param name="progress">Told after each request how far the sync is.</param>
    /// <param name="cancellationToken">Stops before the next request (requests already answered stay applied).</param>
    /// <returns>
    /// One result per row, in input order, with its position in the input: created, updated, unchanged, or rejected
    /// with reasons. A row repeating an earlier row's external id is rejected (<c>DUPLICATE_EXTERNAL_ID</c>) without
    /// being sent.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null or holds a null row.</exception>
    /// <exception cref="CpdForbiddenException">The caller may not sync a workforce (it is not an HR system).</exception>
    /// <exception cref="CpdAuthenticationException">The API key was refused.</exception>
    /// <exception cref="CpdTransportException">A request got no answer after the allowed attempts; earlier requests stay applied.</exception>
    public Task<WorkforceSyncResult> SyncWorkforceAsync(
        IEnumerable<WorkforceRow> rows,
        IProgress<SyncProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int? total = rows.TryGetNonEnumeratedCount(out var count) ? count : null;
        return SyncWorkforceAsync(ToAsync(rows, cancellationToken), total, progress, cancellationToken);
    }

    /// <summary>
    /// Upserts a stream of employees (such as rows read from a large HR export as they are read), in requests of at
    /// most <see cref="CpdClientOptions.WorkforceSyncChunkSize"/> rows; see
    /// <see cref="SyncWorkforceAsync(IEnumerable{WorkforceRow}, IProgress{SyncProgress}?, CancellationToken)"/>.
    /// </summary>
    /// <param name="rows">The employees; enumerated once, request by request.</param>
    /// <param name="progress">Told after each request how far the sync is (without a total).</param>
    /// <param name="cancellationToken">Stops before the next request.</param>
    /// <returns>One result per row, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null or yields a null row.</exception>
    /// <exception cref="CpdForbiddenException">The caller may not sync a workforce (it is not an HR system).</exception>
    /// <exception cref="CpdAuthenticationException">The API key was refused.</exception>
    /// <exception cref="CpdTransportException">A request got no answer after the allowed attempts; earlier requests stay applied.</exception>
    public Task<WorkforceSyncResult> SyncWorkforceAsync(
        IAsyncEnumerable<WorkforceRow> rows,
        IProgress<SyncProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return SyncWorkforceAsync(rows, null, progress, cancellationToken);
    }

    private async Task<WorkforceSyncResult> SyncWorkforceAsync(
        IAsyncEnumerable<WorkforceRow> rows,
        int? total,
        IProgress<SyncProgress>? progress,
        CancellationToken cancellationToken)
    {
        var sync = new WorkforceSyncState(total);
        var chunk = new List<(int Index, WorkforceRow Row)>(Math.Min(_options.WorkforceSyncChunkSize, total ?? 1024));
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            var index = sync.Results.Count;
            sync.Results.Add(null);
            if (sync.RejectIfDuplicate(index, row))
            {
                continue;
            }

            chunk.Add((index, row));
            if (chunk.Count == _options.WorkforceSyncChunkSize)
            {
                await SendChunkAsync(chunk, sync, progress, cancellationToken).ConfigureAwait(false);
            }
        }

        if (chunk.Count > 0 || sync.Unreported)
        {
            await SendChunkAsync(chunk, sync, progress, cancellationToken).ConfigureAwait(false);
        }

        return new WorkforceSyncResult(sync.Results.ConvertAll(r => r!));
    }

    private async Task SendChunkAsync(
        List<(int Index, WorkforceRow Row)> chunk,
        WorkforceSyncState sync,
        IProgress<SyncProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (chunk.Count > 0)
        {
            var variables = new SyncWorkforceVariables(new SyncWorkforceInput(chunk.ConvertAll(c => WorkforceRowInput.From(c.Row))));
            var data = await QueryAsync(SyncWorkforceOperation, variables, CpdJsonContext.Default.SyncWorkforceVariables, CpdJsonContext.Default.SyncWorkforceData, cancellationToken)
                .ConfigureAwait(false);
            var payload = data.SyncWorkforce ?? throw InvalidResponse("syncWorkforce answered without its payload.");
            var refused = ToUserErrors(payload.Errors);
            ThrowIfDenied(refused);
            if (refused.Count > 0)
            {
                // The API refused the request as a whole (such as too many rows): each of its rows is rejected for the same reasons.
                foreach (var (index, row) in chunk)
                {
                    sync.Set(new WorkforceRowResult(index, row.ExternalId ?? string.Empty, WorkforceRowStatus.Rejected, null, null, refused));
                }
            }
            else
            {
                var answered = payload.Rows ?? [];
                if (answered.Count != chunk.Count || answered.Exists(r => r.Index < 0 || r.Index >= chunk.Count))
                {
                    throw InvalidResponse($"syncWorkforce answered {answered.Count} row results for {chunk.Count} rows.");
                }

                foreach (var wire in answered)
                {
                    var (index, row) = chunk[wire.Index];
                    var errors = ToUserErrors(wire.Errors).Select(e => AtInputIndex(e, index)).ToList();
                    sync.Set(new WorkforceRowResult(index, wire.ExternalId ?? row.ExternalId ?? string.Empty, wire.Status, wire.MemberId, wire.EmploymentId, errors));
                }
            }
        }

        chunk.Clear();
        progress?.Report(sync.Progress());
    }

    /// <summary>Points an error's <c>input.rows.i…</c> path (i within its request) at the row's index in the whole input.</summary>
    private static UserError AtInputIndex(UserError error, int index)
    {
        if (error.Field is not { Count: >= 3 } field || field[0] != "input" || field[1] != "rows")
        {
            return error;
        }

        return error with { Field = [field[0], field[1], index.ToString(CultureInfo.InvariantCulture), .. field.Skip(3)] };
    }

    private static CpdTransportException InvalidResponse(string message) =>
        new(CpdErrorCodes.InvalidResponse, "The Cpd API's " + message, null, 1);

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>The results so far (a slot per input row), the external ids seen, and the tallies progress reports.</summary>
    private sealed class WorkforceSyncState(int? total)
    {
        private readonly Dictionary<string, int> _firstIndexOf = new(StringComparer.Ordinal);
        private readonly int[] _tally = new int[4];
        private int _answered;

        public List<WorkforceRowResult?> Results { get; } = new(total ?? 0);

        /// <summary>Whether rows were rejected locally since the last progress report.</summary>
        public bool Unreported { get; private set; }

        /// <summary>Rejects a row whose external id an earlier row had, as the API does within one request.</summary>
        public bool RejectIfDuplicate(int index, WorkforceRow row)
        {
            if (string.IsNullOrWhiteSpace(row.ExternalId) || _firstIndexOf.TryAdd(row.ExternalId, index))
            {
                return false;
            }

            var first = _firstIndexOf[row.ExternalId];
            Set(new WorkforceRowResult(index, row.ExternalId, WorkforceRowStatus.Rejected, null, null, [
                new UserError(
                    DuplicateExternalId,
                    $"The external id \"{row.ExternalId}\" appears earlier in this sync (row {first}); send each person once.",
                    ["input", "rows", index.ToString(CultureInfo.InvariantCulture), "externalId"]),
            ]));
            Unreported = true;
            return true;
        }

        public void Set(WorkforceRowResult result)
        {
            Results[result.Index] = result;
            _tally[(int)result.Status]++;
            _answered++;
        }

        public SyncProgress Progress()
        {
            Unreported = false;
            return new SyncProgress(
                _answered,
                total,
                _tally[(int)WorkforceRowStatus.Created],
                _tally[(int)WorkforceRowStatus.Updated],
                _tally[(int)WorkforceRowStatus.Unchanged],
                _tally[(int)WorkforceRowStatus.Rejected]);
        }
    }
}
