using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Validation;

/// <summary>Stops a validation walk early (error limit or work budget reached); carries the error that says so.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public ValidationAbortedException()
        : this(ValidationErrors.ValidationAborted())
    {
    }

    public ValidationAbortedException(string message)
        : this(new GraphQLError(message))
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message);
    }

    public GraphQLError Error { get; }
}
