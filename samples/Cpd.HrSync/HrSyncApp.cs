using Cpd.Client;
using Cpd.Client.Errors;
using Cpd.Client.Models;
using Spectre.Console;

namespace Cpd.HrSync;

/// <summary>The sample end to end: read the export, sync it with progress, print a summary, write the rejected rows.</summary>
internal static class HrSyncApp
{
    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where progress and the summary go.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="interactive">Whether <paramref name="output"/> is a terminal (a progress bar) or not (plain lines).</param>
    /// <param name="cancellationToken">Stops between requests.</param>
    /// <param name="handler">The HTTP handler to send through (tests); <c>null</c> for the client's own.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        bool interactive,
        CancellationToken cancellationToken,
        HttpMessageHandler? handler = null)
    {
        var arguments = HrSyncArguments.Parse(args, Environment.GetEnvironmentVariable, out var problem);
        if (arguments is null)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync(HrSyncArguments.Usage).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var (rows, unreadable) = await EmployeeCsv.ReadAsync(arguments.CsvPath, cancellationToken).ConfigureAwait(false);
        if (rows is null)
        {
            await error.WriteLineAsync(unreadable).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        var options = new CpdClientOptions { Endpoint = arguments.Endpoint, ApiKey = arguments.ApiKey, WorkforceSyncChunkSize = arguments.ChunkSize };
        using var http = handler is null ? null : new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = http is null ? new CpdClient(options) : new CpdClient(http, options);
        WorkforceSyncResult result;
        try
        {
            result = await SyncAsync(client, rows, console, output, interactive, cancellationToken).ConfigureAwait(false);
        }
        catch (CpdException ex)
        {
            await error.WriteLineAsync($"The sync failed ({ex.Code}): {ex.Message}").ConfigureAwait(false);
            return ExitCodes.ApiFailure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Stopped; the requests already answered stay applied. Run again to finish: rows already synced report UNCHANGED.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }

        await output.WriteLineAsync(
            $"Synced {rows.Count} rows of {arguments.CsvPath}: {result.Count(WorkforceRowStatus.Created)} created, {result.Count(WorkforceRowStatus.Updated)} updated, "
            + $"{result.Count(WorkforceRowStatus.Unchanged)} unchanged, {result.Count(WorkforceRowStatus.Rejected)} rejected.").ConfigureAwait(false);
        if (result.AllAccepted)
        {
            return ExitCodes.Synced;
        }

        var rejected = result.RejectedRows.Select(r => (rows[r.Index], r.Errors)).ToList();
        foreach (var (row, errors) in rejected)
        {
            await output.WriteLineAsync($"  line {row.Line} ({row.Workforce.ExternalId}): {EmployeeCsv.Reasons(errors)}").ConfigureAwait(false);
        }

        await EmployeeCsv.WriteRejectedAsync(arguments.RejectedPath, rejected, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"The rejected rows and why are in {arguments.RejectedPath}; correct them and run again.").ConfigureAwait(false);
        return ExitCodes.RowsRejected;
    }

    private static async Task<WorkforceSyncResult> SyncAsync(
        CpdClient client, IReadOnlyList<EmployeeRow> rows, IAnsiConsole console, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var workforce = rows.Select(r => r.Workforce).ToList();
        if (!interactive)
        {
            return await client.SyncWorkforceAsync(
                workforce,
                new InlineProgress(p => output.WriteLine($"{p.RowsProcessed}/{p.TotalRows} rows: {p.Created} created, {p.Updated} updated, {p.Unchanged} unchanged, {p.Rejected} rejected")),
                cancellationToken).ConfigureAwait(false);
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Syncing {rows.Count} employees", maxValue: Math.Max(1, rows.Count));
                var result = await client.SyncWorkforceAsync(workforce, new InlineProgress(p => task.Value = p.RowsProcessed), cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }

    /// <summary>Reports on the caller's thread as the sync goes (<see cref="Progress{T}"/> would post reports elsewhere, later).</summary>
    private sealed class InlineProgress(Action<SyncProgress> report) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => report(value);
    }
}
