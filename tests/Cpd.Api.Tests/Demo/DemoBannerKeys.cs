using System.Text.RegularExpressions;

namespace Cpd.Api.Tests.Demo;

/// <summary>Reads the keys out of the demo's banner, as a user pastes its <c>export ROLE_KEY=…</c> lines.</summary>
internal static partial class DemoBannerKeys
{
    public static Dictionary<string, string> In(string banner) =>
        ExportLine().Matches(banner).ToDictionary(m => m.Groups["role"].Value, m => m.Groups["key"].Value);

    [GeneratedRegex(@"export (?<role>[A-Z_]+)_KEY=(?<key>\S+)")]
    private static partial Regex ExportLine();
}
