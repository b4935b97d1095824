using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cpd.Api.Tests.Demo;

/// <summary>
/// The README's main command as a user runs it: <c>Cpd.Api --demo</c> in an empty directory, as its own process, on a free
/// loopback port; then Ctrl+C (SIGINT), and a second start on the same directory.
/// </summary>
public sealed partial class DemoProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cpd-demo-").FullName;

    [Fact]
    public async Task Demo_TwoStartsInAnEmptyDirectory_SeedsOnceServesWithThePrintedKeysAndStopsOnCtrlC()
    {
        var first = await StartAsync();
        first.Banner.ShouldContain("Seeded the demo data");
        File.Exists(Path.Combine(_directory, "cpd.db")).ShouldBeTrue();
        (await QueryAsync(first, "MEMBER", "{ me { displayName } }")).GetProperty("me").GetProperty("displayName").GetString().ShouldBe("Daniel Whitfield");
        (await QueryAsync(first, "ADMIN", "{ members { totalCount } }")).GetProperty("members").GetProperty("totalCount").GetInt32().ShouldBe(44);
        (await StopAsync(first.Process)).ShouldBe(0);

        var second = await StartAsync();
        second.Banner.ShouldContain("Kept the data already in the database");
        (await QueryAsync(second, "ADMIN", "{ members { totalCount } }")).GetProperty("members").GetProperty("totalCount").GetInt32().ShouldBe(44);
        second.Keys["ADMIN"].ShouldNotBe(first.Keys["ADMIN"]);
        (await StopAsync(second.Process)).ShouldBe(0);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp directory's cleanup.
        }
    }

    private async Task<Started> StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Cpd.Api.dll"), "--demo", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        var banner = new System.Text.StringBuilder();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                banner.AppendLine(line);
                if (line.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal))
                {
                    var text = banner.ToString();
                    _ = process.StandardOutput.ReadToEndAsync();
                    return new Started(process, text, new Uri(Address().Match(text).Groups["url"].Value),
                        DemoBannerKeys.In(text));
                }
            }
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        throw new InvalidOperationException($"The demo ended before printing its keys: {banner} {await errors}");
    }

    private static async Task<JsonElement> QueryAsync(Started demo, string role, string query)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, demo.Endpoint) { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", demo.Keys[role]);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        body.TryGetProperty("errors", out _).ShouldBeFalse(body.ToString());
        return body.GetProperty("data");
    }

    /// <summary>Ctrl+C: SIGINT to the process; it stops gracefully with exit code 0.</summary>
    private static async Task<int> StopAsync(Process process)
    {
        using (process)
        {
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }
    }

    private sealed record Started(Process Process, string Banner, Uri Endpoint, Dictionary<string, string> Keys);

    [GeneratedRegex(@"\(open in a browser\): (?<url>\S+)")]
    private static partial Regex Address();
}
