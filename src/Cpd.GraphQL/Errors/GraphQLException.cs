namespace Cpd.GraphQL.Errors;

/// <summary>
/// An exception carrying one or more <see cref="GraphQLError"/>s, used only where a result cannot be
/// returned instead (a document that does not parse, a schema that does not build).
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an exception with a single generic error.</summary>
    public GraphQLException()
        : this(new GraphQLError("A GraphQL error occurred."))
    {
    }

    /// <summary>Creates an exception with one error of the given message.</summary>
    /// <param name="message">The error message.</param>
    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    /// <summary>Creates an exception with one error of the given message and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The cause.</param>
    public GraphQLException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message)];
    }

    /// <summary>Creates an exception carrying one error.</summary>
    /// <param name="error">The error.</param>
    public GraphQLException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Errors = [error];
    }

    /// <summary>Creates an exception carrying several errors (at least one).</summary>
    /// <param name="errors">The errors.</param>
    public GraphQLException(IEnumerable<GraphQLError> errors)
        : this(ToList(errors))
    {
    }

    private GraphQLException(GraphQLError[] errors)
        : base(errors[0].Message)
    {
        Errors = errors;
    }

    /// <summary>The errors (never empty).</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    private static GraphQLError[] ToList(IEnumerable<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        return list;
    }
}
