using System.Net;
using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cpd.Api.Tests.Auth;

public sealed class BearerAuthenticationHandlerTests : IAsyncLifetime
{
    private const string WhoAmI = "{ whoAmI { role name keyId } }";
    private AuthTestServer _server = null!;

    public async Task InitializeAsync() => _server = await AuthTestServer.StartAsync(new Dictionary<string, string?>
    {
        ["Auth:Jwt:Issuer"] = "https://id.example",
        ["Auth:Jwt:Audience"] = "cpd-api",
        ["Auth:Jwt:SigningKey"] = JwtValidatorTests.SymmetricOptions().SigningKey,
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Request_WithoutAuthorization_IsAnonymous()
    {
        var (status, body, _) = await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI));

        status.ShouldBe(HttpStatusCode.OK);
        Who(body).GetProperty("role").GetString().ShouldBe("ANONYMOUS");
    }

    [Fact]
    public async Task Request_WithApiKey_IsThatKeysCaller()
    {
        var key = await _server.KeyAsync(new ApiKeyRequest("ADMIN", "ops"));

        var (status, body, _) = await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, key));

        status.ShouldBe(HttpStatusCode.OK);
        var who = Who(body);
        who.GetProperty("role").GetString().ShouldBe("ADMIN");
        who.GetProperty("name").GetString().ShouldBe("ops");
        who.GetProperty("keyId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Request_WithWrongSecret_Is401WithAGraphQLErrorAndChallenge()
    {
        var key = await _server.KeyAsync(new ApiKeyRequest("ADMIN", "ops"));
        var wrong = key[..^1] + (key[^1] == 'a' ? 'b' : 'a');

        var (status, body, response) = await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, wrong));

        status.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer error=\"invalid_token\"");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("UNAUTHENTICATED");
        error.GetProperty("message").GetString().ShouldBe("The API key is not valid.");
        body.ShouldNotContain("\"data\"");
    }

    [Fact]
    public async Task Request_WithRevokedKey_Is401()
    {
        var issued = (await _server.Services.GetRequiredService<ApiKeyIssuer>().CreateAsync(new ApiKeyRequest("ADMIN", "soon gone"), AccessWorld.Admin))
            .Unwrap();
        (await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, issued.Key))).Status.ShouldBe(HttpStatusCode.OK);

        await _server.Services.GetRequiredService<ApiKeyIssuer>().RevokeAsync(issued.Id, AccessWorld.Admin);
        var (status, body, _) = await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, issued.Key));

        status.ShouldBe(HttpStatusCode.Unauthorized);
        body.ShouldContain("The API key has been revoked.");
    }

    [Fact]
    public async Task Request_WithExpiredKey_Is401()
    {
        var key = await _server.KeyAsync(new ApiKeyRequest("ADMIN", "short", ExpiresAt: _server.Clock.Now + Duration.FromHours(1)));
        _server.Clock.Advance(Duration.FromHours(1));

        var (status, body, _) = await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, key));

        status.ShouldBe(HttpStatusCode.Unauthorized);
        body.ShouldContain("The API key has expired.");
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz", "The Authorization header must be 'Bearer <token>'.")]
    [InlineData("Bearer    ", "The bearer token is empty.")]
    [InlineData("Bearerish abc", "The Authorization header must be 'Bearer <token>'.")]
    [InlineData("Bearer cpd_short", "The API key is malformed.")]
    [InlineData("Bearer not.a.jwt", "The token is not valid.")]
    public async Task Request_WithMalformedAuthorization_Is401(string header, string message)
    {
        using var request = AuthTestServer.GraphQLRequest(WhoAmI);
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var (status, body, _) = await _server.SendAsync(request);

        status.ShouldBe(HttpStatusCode.Unauthorized);
        JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe(message);
    }

    [Fact]
    public async Task Request_WithValidJwt_IsTheTokensCaller()
    {
        var token = JwtValidatorTests.Token(_server.Clock, new() { ["cpd_role"] = "HR_SYSTEM", ["cpd_org"] = "12", ["name"] = "Council HR" });

        var (status, body, _) = await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, token));

        status.ShouldBe(HttpStatusCode.OK);
        Who(body).GetProperty("role").GetString().ShouldBe("HR_SYSTEM");
        Who(body).GetProperty("name").GetString().ShouldBe("Council HR");
    }

    [Fact]
    public async Task Request_WithExpiredJwt_Is401()
    {
        var token = JwtValidatorTests.Token(_server.Clock, new() { ["cpd_role"] = "ADMIN" }, lifetime: Duration.FromMinutes(5));
        _server.Clock.Advance(Duration.FromMinutes(10));

        var (status, body, _) = await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, token));

        status.ShouldBe(HttpStatusCode.Unauthorized);
        body.ShouldContain("The token has expired.");
    }

    [Fact]
    public async Task Request_UsingAKey_NotesLastUseAtMostOnceAMinute()
    {
        var issued = (await _server.Services.GetRequiredService<ApiKeyIssuer>().CreateAsync(new ApiKeyRequest("ADMIN", "busy"), AccessWorld.Admin))
            .Unwrap();
        var start = _server.Clock.Now;

        await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, issued.Key));
        _server.Clock.Advance(Duration.FromSeconds(59));
        await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, issued.Key));
        var afterSecond = await LastUsedAsync(issued.Id);
        _server.Clock.Advance(Duration.FromSeconds(1));
        await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, issued.Key));

        afterSecond.ShouldBe(start);
        (await LastUsedAsync(issued.Id)).ShouldBe(start + Duration.FromMinutes(1));
    }

    [Fact]
    public async Task Request_WithKey_LogsInTheCallersScopeWithoutTheSecret()
    {
        var issued = (await _server.Services.GetRequiredService<ApiKeyIssuer>().CreateAsync(new ApiKeyRequest("ADMIN", "logged"), AccessWorld.Admin))
            .Unwrap();

        await _server.SendAsync(AuthTestServer.GraphQLRequest(WhoAmI, issued.Key));

        var line = _server.Logs.Lines.Last(l => l.Category == GraphQLServerLogCategory);
        line.Scope["CallerRole"].ShouldBe("ADMIN");
        line.Scope["CallerKeyId"].ShouldBe(issued.Id);
        line.ScopeText.ShouldContain($"caller ADMIN key {issued.Id}");
        _server.Logs.Lines.ShouldAllBe(l => !l.Message.Contains(issued.Key) && !l.ScopeText.Contains(issued.Key));
    }

    private const string GraphQLServerLogCategory = "Cpd.GraphQL.AspNetCore.Requests";

    private async Task<Instant?> LastUsedAsync(long id)
    {
        await using var db = _server.Database.CreateContext();
        return (await db.ApiKeys.SingleAsync(k => k.Id == id)).LastUsedAt;
    }

    private static JsonElement Who(string body) => JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("whoAmI");
}
