using System.Text.Json;
using Cpd.Tests.Shared;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Installs the oracle's npm packages (<c>npm ci</c> against the committed lock file) when they are
/// missing or stale, so that <c>dotnet test</c> works on a fresh clone with only Node installed.
/// The installing itself (under a machine-wide mutex) is the shared <see cref="NodeProcess"/>.
/// </summary>
internal static class OracleInstaller
{
    public static void EnsureInstalled(string oracleDirectory) => NodeProcess.EnsureInstalled(oracleDirectory, "graphql");

    /// <summary>The version of graphql that package-lock.json pins.</summary>
    public static string LockedGraphQLVersion(string oracleDirectory)
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(oracleDirectory, "package-lock.json")));
        return lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/graphql").GetProperty("version").GetString()
            ?? throw new InvalidOperationException("package-lock.json pins no graphql version.");
    }
}
