using System.Globalization;

namespace Cpd.Api.SyncBench;

/// <summary>The command line: <c>--api DLL</c> (required), <c>--rows</c>, <c>--chunk</c>, <c>--seed</c>.</summary>
internal sealed record BenchOptions(string ApiDll, int Rows, int Chunk, int Seed)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var dll = values.GetValueOrDefault("api") ?? throw new ArgumentException("Usage: --api path/to/Cpd.Api.dll [--rows 100000] [--chunk 5000] [--seed 20261122]");
        return new BenchOptions(dll, Number("rows", 100_000), Number("chunk", 5_000), Number("seed", 20261122));
    }
}
