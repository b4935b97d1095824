using System.Net;

namespace Cpd.Client.Errors;

/// <summary>
/// No GraphQL answer could be had: the network failed, attempts timed out, or the server answered an HTTP error
/// that is not a GraphQL response — after every retry the options allow.
/// </summary>
public sealed class CpdTransportException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The code (<see cref="CpdErrorCodes.NetworkError"/>, <see cref="CpdErrorCodes.HttpError"/>, …).</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status of the last attempt, when it got a response.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="innerException">The failure of the last attempt, when it got no response.</param>
    public CpdTransportException(string code, string message, HttpStatusCode? statusCode, int attempts, Exception? innerException = null)
        : base(code, message, innerException)
    {
        StatusCode = statusCode;
        Attempts = attempts;
    }

    /// <summary>The HTTP status of the last attempt; <c>null</c> when it got no response.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>How many attempts were made before giving up.</summary>
    public int Attempts { get; }

    /// <summary>How long the server asked to wait (<c>Retry-After</c>) on the last attempt, when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
