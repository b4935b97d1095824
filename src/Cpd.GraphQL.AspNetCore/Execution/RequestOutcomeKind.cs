namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>How a request ended, for the HTTP status code.</summary>
internal enum RequestOutcomeKind
{
    /// <summary>The operation executed (its result may have field errors).</summary>
    Executed,

    /// <summary>A request error: the document did not parse or validate, a limit was exceeded, or variables did not coerce.</summary>
    RequestError,

    /// <summary>The operation is a mutation and the transport (GET) does not allow one.</summary>
    MutationNotAllowed,

    /// <summary>The client disconnected; nothing is sent.</summary>
    Aborted,
}
