namespace Cpd.Client.Transport;

/// <summary>A GraphQL document to send, with the operation to run and whether it writes (mutations carry an <c>Idempotency-Key</c>).</summary>
/// <param name="Document">The GraphQL document.</param>
/// <param name="OperationName">The operation to run, when the document names one.</param>
/// <param name="IsMutation">Whether the operation is a mutation.</param>
internal sealed record GraphQLOperation(string Document, string? OperationName, bool IsMutation)
{
    /// <summary>Describes an arbitrary document, finding out whether its operation is a mutation (and its name, for messages).</summary>
    public static GraphQLOperation Inspect(string document, string? operationName)
    {
        var (isMutation, name) = DocumentInspector.Describe(document, operationName);
        return new(document, name, isMutation);
    }
}
