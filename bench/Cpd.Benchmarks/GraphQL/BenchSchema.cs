using Cpd.GraphQL.Types;

namespace Cpd.Benchmarks.GraphQL;

/// <summary>
/// The schema and resolvers both engines' benchmarks run (bench/shared/README.md): 1,000 items built once, <c>items(first)</c>
/// returns the prebuilt list (or its first items), <c>item(id)</c> a dictionary lookup, <c>hello(name)</c> a greeting; item fields
/// use the default (compiled property) resolver. Every resolver is synchronous.
/// </summary>
internal static class BenchSchema
{
    public static string SharedFolder { get; } = FindSharedFolder();

    public static GraphQLSchema Create()
    {
        var items = new BenchItem[1000];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new BenchItem(i);
        }

        var byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        return SchemaBuilder.New()
            .AddDocumentFromString(File.ReadAllText(Path.Combine(SharedFolder, "bench-schema.graphql")))
            .BindRuntimeType<BenchItem>("Item")
            .AddResolver("Query", "items", context =>
            {
                var first = context.ArgumentValue<int>("first");
                return first >= items.Length ? items : items[..first];
            })
            .AddResolver("Query", "item", context => byId.GetValueOrDefault(context.ArgumentValue<string>("id")))
            .AddResolver("Query", "hello", context => "Hello, " + context.ArgumentValue<string>("name") + "!")
            .Build();
    }

    public static string Read(params string[] relativePath) =>
        File.ReadAllText(Path.Combine([Path.GetDirectoryName(SharedFolder)!, .. relativePath]));

    private static string FindSharedFolder()
    {
        foreach (var start in (string[])[AppContext.BaseDirectory, Directory.GetCurrentDirectory()])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "shared");
                if (File.Exists(Path.Combine(candidate, "bench-schema.graphql")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("bench/shared/bench-schema.graphql not found above " + AppContext.BaseDirectory + " nor the current directory");
    }
}
