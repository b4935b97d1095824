using System.Text;
using Cpd.Api.Auth;

namespace Cpd.Api.Demo;

/// <summary>What <c>--demo</c> prints once the server listens: the GraphiQL address and a key per role, ready to paste.</summary>
internal static class DemoBanner
{
    public static string Text(string graphqlUrl, bool seeded, IReadOnlyList<DemoKey> keys)
    {
        var text = new StringBuilder();
        text.AppendLine()
            .AppendLine("Cpd demo")
            .AppendLine(seeded ? "  Seeded the demo data (fictional people and organisations)." : "  Kept the data already in the database (demo data is seeded only into a database without members).")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  GraphQL and GraphiQL (open in a browser): {graphqlUrl}")
            .AppendLine()
            .AppendLine("  API keys, new at every start (keys are stored hashed and cannot be shown again); send one as 'Authorization: Bearer <key>':");
        foreach (var key in keys)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {key.Role.ToName(),-9} {key.Who}");
        }

        text.AppendLine()
            .AppendLine("  For the README's examples, in a shell:");
        foreach (var key in keys)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    export {key.Role.ToName()}_KEY={key.Key}");
        }

        return text.AppendLine()
            .AppendLine("  Press Ctrl+C to stop.")
            .ToString();
    }
}
