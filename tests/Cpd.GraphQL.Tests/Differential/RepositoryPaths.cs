namespace Cpd.GraphQL.Tests.Differential;

/// <summary>Where the differential suite's inputs live in the source tree (read in place, never copied).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Oracle => Path.Combine(Root, "tests", "oracle");

    public static string Corpus => Path.Combine(Root, "tests", "Cpd.GraphQL.Tests", "Differential", "Corpus");

    public static string StandardIntrospectionQuery => Path.Combine(Root, "bench", "graphql-js", "introspection-query.graphql");

    public static string FullIntrospectionQuery => Path.Combine(Corpus, "introspection-full.graphql");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cpd.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"The differential tests read their corpus from the source tree, but no Cpd.sln was found above {AppContext.BaseDirectory}.");
    }
}
