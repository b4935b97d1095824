namespace Cpd.Client.Errors;

/// <summary>The API did not accept the API key (HTTP 401, or a GraphQL error coded <c>UNAUTHENTICATED</c>). Never retried.</summary>
public sealed class CpdAuthenticationException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the server said, or why the client gave up.</param>
    public CpdAuthenticationException(string message)
        : base(CpdErrorCodes.Unauthenticated, message)
    {
    }
}
