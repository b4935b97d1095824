using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Types;

/// <summary>Thrown when a schema's type system is invalid; carries every error found.</summary>
public sealed class SchemaValidationException : GraphQLException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The validation errors (at least one).</param>
    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base(errors)
    {
    }
}
