namespace Cpd.GraphQL.Tests.Types;

/// <summary>Reads test input and snapshot files from the source tree (found by walking up from the test binaries).</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> TypesFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Cpd.GraphQL.Tests", "Types");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Cpd.GraphQL.Tests/Types not found above " + AppContext.BaseDirectory);
    });

    public static string ReadSchema(string name) => File.ReadAllText(Path.Combine(TypesFolder.Value, "Schemas", name)).ReplaceLineEndings("\n");

    public static string ReadSnapshot(string name) => File.ReadAllText(Path.Combine(TypesFolder.Value, "__snapshots__", name)).ReplaceLineEndings("\n");
}
