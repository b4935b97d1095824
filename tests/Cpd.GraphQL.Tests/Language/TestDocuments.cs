namespace Cpd.GraphQL.Tests.Language;

/// <summary>The shared test documents: the executable and the schema kitchen sinks.</summary>
internal static class TestDocuments
{
    public static string KitchenSink { get; } = Read("KitchenSink.graphql");

    public static string SchemaKitchenSink { get; } = Read("SchemaKitchenSink.graphql");

    /// <summary>The kitchen sink as graphql-js 17.1 prints it (a snapshot).</summary>
    public static string KitchenSinkPrinted { get; } = Read("KitchenSink.printed.graphql");

    /// <summary>The schema kitchen sink as graphql-js 17.1 prints it (a snapshot).</summary>
    public static string SchemaKitchenSinkPrinted { get; } = Read("SchemaKitchenSink.printed.graphql");

    private static string Read(string fileName)
    {
        var assembly = typeof(TestDocuments).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
