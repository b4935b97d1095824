using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// The differential corpus, read from <c>Differential/Corpus</c> (format: <c>Corpus/README.md</c>):
/// one folder per schema with its <c>schema.graphql</c> and documents, plus the execution corpus.
/// </summary>
internal sealed partial class Corpus
{
    private const string ExecutionFolder = "execution";

    private const string SdlFolder = "sdl";

    private Corpus(
        IReadOnlyDictionary<string, string> schemas,
        IReadOnlyList<CorpusDocument> documents,
        string executionSchema,
        JsonObject executionData,
        IReadOnlyList<ExecutionCase> executionCases,
        IReadOnlyList<CorpusDocument> sdlDocuments)
    {
        SdlDocuments = sdlDocuments;
        Schemas = schemas;
        Documents = documents;
        ExecutionSchema = executionSchema;
        ExecutionData = executionData;
        ExecutionCases = executionCases;
    }

    /// <summary>Validation schemas by folder name, as SDL.</summary>
    public IReadOnlyDictionary<string, string> Schemas { get; }

    public IReadOnlyList<CorpusDocument> Documents { get; }

    public string ExecutionSchema { get; }

    public JsonObject ExecutionData { get; }

    public IReadOnlyList<ExecutionCase> ExecutionCases { get; }

    /// <summary>Type system documents (valid and invalid schemas), each built on its own.</summary>
    public IReadOnlyList<CorpusDocument> SdlDocuments { get; }

    /// <summary>Every schema the suite uses (validation schemas and the execution schema) by name.</summary>
    public IReadOnlyDictionary<string, string> AllSchemas =>
        Schemas.Append(new KeyValuePair<string, string>(ExecutionFolder, ExecutionSchema)).ToDictionary(p => p.Key, p => p.Value);

    public static Corpus Load(string root)
    {
        var schemas = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<CorpusDocument>();
        foreach (var folder in Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (folder is null or ExecutionFolder or SdlFolder)
            {
                continue;
            }

            var directory = Path.Combine(root, folder);
            schemas[folder] = File.ReadAllText(Path.Combine(directory, "schema.graphql"));
            foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
            {
                var stem = Path.GetFileNameWithoutExtension(file);
                if (file.EndsWith(".json", StringComparison.Ordinal))
                {
                    foreach (var entry in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
                    {
                        documents.Add(new CorpusDocument($"{folder}/{stem}/{entry!["name"]}", folder, entry["text"]!.GetValue<string>()));
                    }
                }
                else if (file.EndsWith(".graphql", StringComparison.Ordinal) && stem != "schema")
                {
                    documents.AddRange(ReadSections(file).Select(s => new CorpusDocument($"{folder}/{stem}/{s.Name}", folder, s.Text)));
                }
            }
        }

        var duplicate = documents.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Corpus document names must be unique; {duplicate.Key} appears {duplicate.Count()} times.");
        }

        var execution = Path.Combine(root, ExecutionFolder);
        var cases = ReadSections(Path.Combine(execution, "cases.graphql"))
            .Select(s =>
            {
                var options = s.Options is null ? null : JsonNode.Parse(s.Options)!.AsObject();
                return new ExecutionCase(s.Name, s.Text, options?["variables"]?.AsObject(), options?["operationName"]?.GetValue<string>());
            })
            .ToList();
        return new Corpus(
            schemas,
            documents,
            File.ReadAllText(Path.Combine(execution, "schema.graphql")),
            JsonNode.Parse(File.ReadAllText(Path.Combine(execution, "data.json")))!.AsObject(),
            cases,
            Directory.GetFiles(Path.Combine(root, SdlFolder), "*.graphql")
                .Order(StringComparer.Ordinal)
                .SelectMany(file => ReadSections(file).Select(s => new CorpusDocument($"{SdlFolder}/{Path.GetFileNameWithoutExtension(file)}/{s.Name}", SdlFolder, s.Text)))
                .ToList());
    }

    /// <summary>Splits a file at lines <c>### name</c> (optionally followed by a JSON object).</summary>
    private static IEnumerable<(string Name, string? Options, string Text)> ReadSections(string path)
    {
        string? name = null;
        string? options = null;
        var lines = new List<string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.TrimEnd('\r');
            var header = Header().Match(line);
            if (!header.Success)
            {
                lines.Add(line);
                continue;
            }

            if (name is not null)
            {
                yield return (name, options, string.Join('\n', lines).Trim());
            }

            name = header.Groups["name"].Value;
            options = header.Groups["options"].Success && header.Groups["options"].Length > 0 ? header.Groups["options"].Value : null;
            lines.Clear();
        }

        if (name is not null)
        {
            yield return (name, options, string.Join('\n', lines).Trim());
        }
    }

    [GeneratedRegex(@"^### (?<name>\S+)\s*(?<options>\{.*\})?\s*$")]
    private static partial Regex Header();
}
