using System.Globalization;
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
        var node = Oracle.RequestAsync(new JsonObject { ["op"] = "version" }).GetAwaiter().GetResult()!["node"]!.GetValue<string>();
        if (int.Parse(node.Split('.')[0], CultureInfo.InvariantCulture) < MinimumNodeMajor)
        {
            Oracle.Dispose();
            throw new InvalidOperationException($"graphql 17 needs Node.js 22 or later (20 works); this machine has Node.js {node}.");
        }
    }

    /// <summary>graphql 17.1 declares Node 22+, and runs on 20 (it uses ES2023 methods such as toReversed).</summary>
    private const int MinimumNodeMajor = 20;

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
