using System.Security.Claims;
using System.Text.Encodings.Web;
using Cpd.Api.Operations;
using Cpd.GraphQL.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Cpd.Api.Auth;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c>: an API key (<c>cpd_…</c>) or, when configured, a JWT. No header means an
/// anonymous caller; a header that is not a valid, current credential fails, and <see cref="AuthServiceCollectionExtensions.UseCpdAuth"/>
/// answers such a request with 401, <c>WWW-Authenticate: Bearer error="invalid_token"</c> and a GraphQL-shaped error body.
/// </summary>
public sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyAuthenticator apiKeys,
    JwtValidator jwt)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        // "Bearer" alone is an empty token (proxies and clients trim trailing spaces), not another scheme.
        if (!header.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase) || (header.Length > 6 && header[6] != ' '))
        {
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer <token>'.");
        }

        var token = header[6..].Trim();
        if (token.Length == 0)
        {
            return AuthenticateResult.Fail("The bearer token is empty.");
        }

        var (caller, error) = ApiKeyToken.LooksLikeKey(token) || !jwt.IsEnabled
            ? await apiKeys.AuthenticateAsync(token, Context.RequestAborted).ConfigureAwait(false)
            : await jwt.ValidateAsync(token).ConfigureAwait(false);
        if (caller is null)
        {
            return AuthenticateResult.Fail(error ?? "The bearer token is not valid.");
        }

        var identity = new ClaimsIdentity(caller.ToClaims(), SchemeName, CpdClaimTypes.Name, CpdClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var message = result.Failure?.Message ?? "This request needs credentials: Authorization: Bearer <API key or token>.";
        Response.Headers.WWWAuthenticate = result.Failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{message.Replace("\"", "'", StringComparison.Ordinal)}\"";
        await GraphQLErrorResponse.WriteAsync(Context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, message).ConfigureAwait(false);
    }
}
