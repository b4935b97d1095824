// syncWorkforce of many rows over HTTP against the real API in a process of its own: rows per second and the server's peak
// memory, for a first pass (every row CREATED) and a second pass re-sending the same rows (every row UNCHANGED).
// Usage: dotnet Cpd.Api.SyncBench.dll --api src/Cpd.Api/bin/Release/net10.0/Cpd.Api.dll [--rows 100000] [--chunk 5000] [--seed 20261122]
using System.Globalization;
using Cpd.Api.SyncBench;

var options = BenchOptions.Parse(args);
using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
await using var api = await ApiProcess.StartAsync(options.ApiDll, http).ConfigureAwait(false);
var client = new SyncClient(http, api.Endpoint);

var admin = await api.RunVerbAsync("apikey", "create", "--role", "ADMIN", "--name", "sync-bench-admin").ConfigureAwait(false);
var organisationId = await client.AddOrganisationAsync(admin, "Northshire Community Healthcare NHS Trust", "health").ConfigureAwait(false);
var hr = await api.RunVerbAsync("apikey", "create", "--role", "HR_SYSTEM", "--org", organisationId.ToString(CultureInfo.InvariantCulture), "--name", "sync-bench-hr").ConfigureAwait(false);

var rows = new WorkforceRows(options.Seed);
var report = new List<string>
{
    string.Create(CultureInfo.InvariantCulture, $"syncWorkforce: {options.Rows:N0} rows in requests of {options.Chunk:N0} (seed {options.Seed}), API process {api.ProcessId}"),
    string.Create(CultureInfo.InvariantCulture, $"server after start-up: VmRSS {api.MemoryMiB("VmRSS"):F0} MiB, VmHWM {api.MemoryMiB("VmHWM"):F0} MiB"),
};
// A warm-up request of other people (external ids and registrations of another seed) so that the passes measure the
// steady state rather than the first request's JIT compilation and EF model and query compilation.
var warmUp = await client.SyncAsync(hr, new WorkforceRows(options.Seed + 1), 1_000, 1_000).ConfigureAwait(false);
report.Add(string.Create(CultureInfo.InvariantCulture, $"warm-up: 1,000 other rows in {warmUp.Elapsed.TotalSeconds:F1} s"));
foreach (var (pass, expected) in new[] { ("first pass", "CREATED"), ("second pass", "UNCHANGED") })
{
    api.ResetPeakMemory();
    var processor = api.ProcessorTime;
    var result = await client.SyncAsync(hr, rows, options.Rows, options.Chunk).ConfigureAwait(false);
    var cpu = (api.ProcessorTime - processor).TotalSeconds;
    var others = result.Statuses.Where(s => s.Key != expected).Sum(s => s.Value);
    var matched = result.Statuses.TryGetValue(expected, out var count) ? count : 0;
    var speed = string.Create(CultureInfo.InvariantCulture,
        $"{pass}: {result.Rows:N0} rows in {result.Elapsed.TotalSeconds:F1} s = {result.Rows / result.Elapsed.TotalSeconds:N0} rows/s (requests: first {result.Requests[0].TotalSeconds:F2} s, median {Median(result.Requests):F2} s, last {result.Requests[^1].TotalSeconds:F2} s, slowest {result.Requests.Max().TotalSeconds:F2} s)");
    var work = string.Create(CultureInfo.InvariantCulture, $"server CPU {cpu:F1} s = {result.Rows / cpu:N0} rows per CPU-second");
    var memory = string.Create(CultureInfo.InvariantCulture, $"server peak VmHWM {api.MemoryMiB("VmHWM"):F0} MiB, VmRSS after {api.MemoryMiB("VmRSS"):F0} MiB");
    var outcome = others == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{matched:N0} {expected}")
        : string.Create(CultureInfo.InvariantCulture, $"{matched:N0} {expected}, {others:N0} other: {string.Join(", ", result.Statuses.Select(s => $"{s.Key} {s.Value}"))}");
    report.Add($"{speed}; {work}; {memory}; {outcome}");
    if (others > 0)
    {
        Environment.ExitCode = 1;
    }
}

foreach (var line in report)
{
    Console.WriteLine(line);
}

static double Median(IReadOnlyList<TimeSpan> times) => times.Select(t => t.TotalSeconds).Order().ElementAt(times.Count / 2);
