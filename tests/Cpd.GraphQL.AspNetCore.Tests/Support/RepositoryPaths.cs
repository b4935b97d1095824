namespace Cpd.GraphQL.AspNetCore.Tests.Support;

/// <summary>Where the tests' Node projects live in the source tree (used in place, never copied).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Audit => Path.Combine(Root, "tests", "Cpd.GraphQL.AspNetCore.Tests", "audit");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cpd.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"The HTTP tests run Node projects from the source tree, but no Cpd.sln was found above {AppContext.BaseDirectory}.");
    }
}
