namespace Cpd.GraphQL.AspNetCore;

/// <summary>
/// The codes the HTTP layer puts in an error's <c>extensions.code</c>, beside the engine's
/// <see cref="Errors.ErrorCodes"/>. One registry for the transport, so that codes stay unique (a test checks it).
/// </summary>
public static class HttpErrorCodes
{
    /// <summary>The HTTP request is not a GraphQL-over-HTTP request (bad JSON, missing or mistyped parameters).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A mutation was sent with <c>GET</c>.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body has a media type other than <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>A limit of <see cref="GraphQLServerOptions"/> was exceeded (the same code as the engine's).</summary>
    public const string LimitExceeded = Errors.ErrorCodes.LimitExceeded;

    /// <summary>The request body is larger than <see cref="GraphQLServerOptions.MaxRequestBodySize"/>.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The operation ran longer than <see cref="GraphQLServerOptions.ExecutionTimeout"/>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Introspection is switched off (<see cref="GraphQLServerOptions.EnableIntrospection"/>).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
