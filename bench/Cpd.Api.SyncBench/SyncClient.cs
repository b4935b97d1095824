using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Cpd.Api.SyncBench;

/// <summary>The GraphQL requests the benchmark sends, with <see cref="HttpClient"/> and System.Text.Json only (as an integrator would).</summary>
internal sealed class SyncClient(HttpClient http, Uri endpoint)
{
    private const string Sync = "mutation($input: SyncWorkforceInput!) { syncWorkforce(input: $input) { rows { status } errors { code message } } }";

    /// <summary>Adds an organisation as an administrator and returns its database id (from its global id, base64url of <c>Organisation:id</c>).</summary>
    public async Task<long> AddOrganisationAsync(string adminKey, string name, string sectorCode)
    {
        using var answer = await PostAsync(adminKey, "mutation($input: AddOrganisationInput!) { addOrganisation(input: $input) { organisation { id } errors { code message } } }",
            new { input = new { name, sectorCode } }).ConfigureAwait(false);
        var id = answer.RootElement.GetProperty("data").GetProperty("addOrganisation").GetProperty("organisation").GetProperty("id").GetString()!;
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(id.Replace('-', '+').Replace('_', '/').PadRight((id.Length + 3) / 4 * 4, '=')));
        return long.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sends rows 0 to <paramref name="total"/> − 1 in requests of <paramref name="chunk"/>, one after another, and counts the statuses.</summary>
    public async Task<SyncResult> SyncAsync(string hrKey, WorkforceRows rows, int total, int chunk)
    {
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var requests = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        for (var first = 0; first < total; first += chunk)
        {
            var started = clock.Elapsed;
            using var answer = await PostAsync(hrKey, Sync, new { input = new { rows = rows.Chunk(first, Math.Min(chunk, total - first)) } }).ConfigureAwait(false);
            var payload = answer.RootElement.GetProperty("data").GetProperty("syncWorkforce");
            if (payload.GetProperty("errors").GetArrayLength() > 0)
            {
                throw new InvalidOperationException($"syncWorkforce refused the request: {payload.GetProperty("errors")}");
            }

            foreach (var row in payload.GetProperty("rows").EnumerateArray())
            {
                var status = row.GetProperty("status").GetString()!;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }

            requests.Add(clock.Elapsed - started);
        }

        return new SyncResult(total, clock.Elapsed, requests, statuses);
    }

    private async Task<JsonDocument> PostAsync(string key, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var document = await JsonDocument.ParseAsync(body).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _))
        {
            var text = document.RootElement.ToString();
            document.Dispose();
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {text}");
        }

        return document;
    }
}

/// <summary>What one pass did.</summary>
internal sealed record SyncResult(int Rows, TimeSpan Elapsed, IReadOnlyList<TimeSpan> Requests, IReadOnlyDictionary<string, int> Statuses);
