namespace Cpd.GraphQL.Errors;

/// <summary>
/// A document did not parse (or exceeded a parser limit). Carries exactly one error whose message
/// starts with <c>Syntax Error:</c> and whose single location is where parsing stopped.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    /// <summary>Creates the exception for a generic syntax error (no location).</summary>
    public GraphQLSyntaxException()
        : this("Syntax Error: Invalid document.")
    {
    }

    /// <summary>Creates the exception for a message (no location).</summary>
    /// <param name="message">The error message.</param>
    public GraphQLSyntaxException(string message)
        : base(new GraphQLError(message))
    {
    }

    /// <summary>Creates the exception for a message (no location) and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The cause.</param>
    public GraphQLSyntaxException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an error.</summary>
    /// <param name="error">The syntax error.</param>
    public GraphQLSyntaxException(GraphQLError error)
        : base(error)
    {
    }

    /// <summary>The syntax error.</summary>
    public GraphQLError Error => Errors[0];

    /// <summary>Where parsing stopped, if known.</summary>
    public SourceLocation? Location => Error.Locations is { Count: > 0 } locations ? locations[0] : null;
}
