using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Shared by every differential test: installs graphql-js if needed, loads the corpus, and runs one
/// oracle process for the whole run. Without Node the constructor throws, so the tests fail (never skip).
/// </summary>
public sealed class OracleFixture : IDisposable
{
    private readonly Lazy<Task<IReadOnlyDictionary<string, OracleValidation>>> _validation;

    public OracleFixture()
    {
        OracleInstaller.EnsureInstalled(RepositoryPaths.Oracle);
        Corpus = Corpus.Load(RepositoryPaths.Corpus);
        Oracle = NodeOracle.Start(RepositoryPaths.Oracle);
        _validation = new(ValidateCorpusAsync);
    }

    internal Corpus Corpus { get; }

    internal NodeOracle Oracle { get; }

    /// <summary>graphql-js's parse + validate verdict on every corpus document, by document name.</summary>
    internal Task<IReadOnlyDictionary<string, OracleValidation>> ValidationAsync() => _validation.Value;

    public void Dispose() => Oracle.Dispose();

    private async Task<IReadOnlyDictionary<string, OracleValidation>> ValidateCorpusAsync()
    {
        var schemas = new JsonObject();
        foreach (var (name, sdl) in Corpus.Schemas)
        {
            schemas[name] = sdl;
        }

        var documents = new JsonArray();
        foreach (var document in Corpus.Documents)
        {
            documents.Add(new JsonObject { ["name"] = document.Name, ["schema"] = document.Schema, ["text"] = document.Text });
        }

        var result = await Oracle.RequestAsync(new JsonObject { ["op"] = "validate", ["schemas"] = schemas, ["documents"] = documents });
        return result!.AsArray().Select(r => OracleValidation.FromJson(r!)).ToDictionary(v => v.Name, StringComparer.Ordinal);
    }
}
