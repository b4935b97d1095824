using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Execution;

/// <summary>How a <see cref="GraphQLEngine"/> parses, validates and caches documents.</summary>
public sealed class GraphQLEngineOptions
{
    /// <summary>The defaults: parser limits of <see cref="ParserOptions.Default"/>, all specified rules, 1,000 cached documents.</summary>
    public static GraphQLEngineOptions Default { get; } = new();

    /// <summary>The parser's limits (document length, tokens, depth).</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>The validation rules and error limit.</summary>
    public ValidationOptions ValidationOptions { get; init; } = ValidationOptions.Default;

    /// <summary>How many parsed-and-validated documents to keep, least recently used dropped first; 0 disables the cache.</summary>
    public int DocumentCacheSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 1000;
}
