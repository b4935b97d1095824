using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// Builds every validation error: the message and the locations of the nodes it is about (in the
/// order given, nodes without a location skipped), as graphql-js's <c>GraphQLError({ nodes })</c>.
/// </summary>
internal static class ValidationErrors
{
    /// <summary>The error graphql-js adds when the error limit is reached.</summary>
    public static GraphQLError TooManyErrors() => new("Too many validation errors, error limit reached. Validation aborted.");

    /// <summary>The error graphql-js adds when a work budget (fragments, field comparisons) is exhausted.</summary>
    public static GraphQLError ValidationAborted() => new("Validation aborted.");

    public static GraphQLError Create(string message, AstNode node)
    {
        var location = node.Location;
        return location is null ? new GraphQLError(message) : new GraphQLError(message, [location.StartLocation]);
    }

    public static GraphQLError Create(string message, AstNode first, AstNode second)
    {
        var locations = new List<SourceLocation>(2);
        Add(locations, first);
        Add(locations, second);
        return new GraphQLError(message, locations);
    }

    public static GraphQLError Create<TNode>(string message, IReadOnlyList<TNode> nodes)
        where TNode : AstNode
    {
        var locations = new List<SourceLocation>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            Add(locations, nodes[i]);
        }

        return new GraphQLError(message, locations);
    }

    private static void Add(List<SourceLocation> locations, AstNode node)
    {
        if (node.Location is { } location)
        {
            locations.Add(location.StartLocation);
        }
    }
}
