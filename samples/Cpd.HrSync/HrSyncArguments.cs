using System.Globalization;

namespace Cpd.HrSync;

/// <summary>The command line: <c>--endpoint URL --api-key KEY --csv PATH [--rejected PATH] [--chunk-size N]</c>.</summary>
/// <param name="Endpoint">The Cpd GraphQL endpoint.</param>
/// <param name="ApiKey">The HR system's API key (or the <c>CPD_API_KEY</c> environment variable).</param>
/// <param name="CsvPath">The HR export to read.</param>
/// <param name="RejectedPath">Where to write the rejected rows (default: next to the export, <c>&lt;name&gt;.rejected.csv</c>).</param>
/// <param name="ChunkSize">Rows per request (1 to 5,000; default 500).</param>
internal sealed record HrSyncArguments(Uri Endpoint, string ApiKey, string CsvPath, string RejectedPath, int ChunkSize)
{
    public const string Usage =
        "Usage: Cpd.HrSync --endpoint http://localhost:5080/graphql --api-key KEY --csv employees.csv [--rejected rejected.csv] [--chunk-size 500]\n"
        + "  The API key may instead be given in the CPD_API_KEY environment variable.";

    private const int DefaultChunkSize = 500;

    /// <summary>Reads the arguments, or says what is wrong with them.</summary>
    public static HrSyncArguments? Parse(IReadOnlyList<string> args, Func<string, string?> environment, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is not ("--endpoint" or "--api-key" or "--csv" or "--rejected" or "--chunk-size"))
            {
                error = $"Unknown argument '{name}'.";
                return null;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"{name} needs a value.";
                return null;
            }

            values[name] = args[++i];
        }

        var apiKey = values.GetValueOrDefault("--api-key") ?? environment("CPD_API_KEY");
        error = null;
        if (!values.TryGetValue("--endpoint", out var endpointText)
            || !Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint)
            || endpoint.Scheme is not ("http" or "https"))
        {
            error = "--endpoint must be the API's absolute http(s) address, such as http://localhost:5080/graphql.";
        }
        else if (string.IsNullOrWhiteSpace(apiKey))
        {
            error = "--api-key (or the CPD_API_KEY environment variable) is required: the HR system's API key.";
        }
        else if (!values.TryGetValue("--csv", out var csv))
        {
            error = "--csv is required: the HR export to sync.";
        }
        else if (!int.TryParse(values.GetValueOrDefault("--chunk-size", DefaultChunkSize.ToString(CultureInfo.InvariantCulture)), NumberStyles.None, CultureInfo.InvariantCulture, out var chunkSize)
            || chunkSize is < 1 or > 5_000)
        {
            error = "--chunk-size must be a whole number from 1 to 5000.";
        }
        else
        {
            var rejected = values.GetValueOrDefault("--rejected")
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(csv)) ?? ".", Path.GetFileNameWithoutExtension(csv) + ".rejected.csv");
            return new HrSyncArguments(endpoint, apiKey.Trim(), csv, rejected, chunkSize);
        }

        return null;
    }
}
