namespace Cpd.GraphQL.AspNetCore;

/// <summary>
/// The limits and switches of a GraphQL server. Every limit has a safe default; exceeding one is answered with a
/// GraphQL error coded <c>LIMIT_EXCEEDED</c> (see <see cref="HttpErrorCodes"/>), never with a server error.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The largest request body accepted, in bytes (default 1 MiB); a larger one is answered with 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>The most tokens a document may have (default 15,000; the GraphiQL introspection query has about 400).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>The deepest field nesting an operation may have after fragment expansion (default 20): <c>{ a { b } }</c> has depth 2.</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>The most fields an operation may select after fragment expansion (default 2,000).</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>The most aliased fields an operation may select after fragment expansion (default 50).</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>
    /// The highest static cost an operation may have (default 10,000). Each field costs 1; the selections beneath a
    /// list field cost as many times as its <c>first</c> or <c>last</c> argument says, or <see cref="DefaultPageSize"/>
    /// times when it has neither. Introspection fields (<c>__schema</c>, <c>__type</c>) are bounded by the schema and cost 1.
    /// </summary>
    public int MaxCost { get; set; } = 10_000;

    /// <summary>How many items the cost analysis assumes a list field without <c>first</c>/<c>last</c> returns (default 10).</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>How long an operation may run before it is cancelled and answered with an error (default 30 seconds).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether introspection (<c>__schema</c>, <c>__type</c>) and "did you mean" suggestions are allowed; when
    /// <see langword="null"/> (the default) they are on in the Development environment and off otherwise.
    /// </summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>How many parsed and validated documents are kept (least recently used first out; default 1,000; 0 disables the cache).</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>Whether <c>GET</c> with <c>Accept: text/html</c> serves the GraphiQL IDE (default true).</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Whether <c>GET ?sdl</c> returns the schema as SDL (default: when introspection is enabled).</summary>
    public bool? EnableSchemaRequests { get; set; }

    /// <summary>
    /// Whether an exception a resolver throws (other than a <c>GraphQLException</c>, whose errors are meant for clients)
    /// is reported with its own message, as graphql-js does (default true). When false, the exception is logged (category
    /// <c>Cpd.GraphQL.AspNetCore.Execution.GraphQLRequestExecutor</c>, level Error) and its field's error says only
    /// "Unexpected Execution Error", coded <c>INTERNAL_SERVER_ERROR</c>, so that no internal detail reaches clients.
    /// </summary>
    public bool IncludeExceptionDetails { get; set; } = true;
}
