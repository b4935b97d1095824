namespace Cpd.HrSync;

/// <summary>
/// <c>dotnet run --project samples/Cpd.HrSync -- --endpoint URL --api-key KEY --csv employees.csv [--rejected rejected.csv]</c>:
/// syncs an HR export into Cpd through Cpd.Client. See README.md for the columns and exit codes.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
        return await HrSyncApp.RunAsync(args, Console.Out, Console.Error, interactive, stop.Token).ConfigureAwait(false);
    }
}
