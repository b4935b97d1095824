namespace Cpd.Client.Tests.Support;

/// <summary>The source tree the tests run from (to pack the client and read the API's committed schema).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string ClientProject => Path.Combine(Root, "src", "Cpd.Client");

    public static string ApiSchema => Path.Combine(Root, "src", "Cpd.Api", "schema.graphql");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cpd.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"These tests read the source tree, but no Cpd.sln was found above {AppContext.BaseDirectory}.");
    }
}
