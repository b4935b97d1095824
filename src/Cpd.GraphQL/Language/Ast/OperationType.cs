namespace Cpd.GraphQL.Language.Ast;

/// <summary>The kind of an operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch (<c>query</c>).</summary>
    Query,

    /// <summary>A write followed by a fetch (<c>mutation</c>).</summary>
    Mutation,

    /// <summary>A long-lived request that yields a stream of results (<c>subscription</c>).</summary>
    Subscription,
}
