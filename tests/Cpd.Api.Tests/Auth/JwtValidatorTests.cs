using System.Security.Cryptography;
using Cpd.Api.Auth;
using Cpd.Api.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace Cpd.Api.Tests.Auth;

public sealed class JwtValidatorTests : IDisposable
{
    private static readonly byte[] Secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private readonly FakeClock _clock = FakeClock.At(2026, 11, 22);
    private readonly JwtValidator _validator;

    public JwtValidatorTests() => _validator = new JwtValidator(Options.Create(SymmetricOptions()), _clock);

    public void Dispose() => _validator.Dispose();

    internal static JwtOptions SymmetricOptions() => new()
    {
        Issuer = "https://id.example",
        Audience = "cpd-api",
        SigningKey = Convert.ToBase64String(Secret),
    };

    internal static string Token(IClock clock, Dictionary<string, object> claims, string issuer = "https://id.example",
        string audience = "cpd-api", byte[]? secret = null, Duration? lifetime = null)
    {
        var now = clock.GetCurrentInstant();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = (now + (lifetime ?? Duration.FromHours(1))).ToDateTimeUtc(),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret ?? Secret), SecurityAlgorithms.HmacSha256),
        });
    }

    [Fact]
    public async Task ValidateAsync_MemberToken_GivesTheMember()
    {
        var token = Token(_clock, new() { ["cpd_role"] = "MEMBER", ["cpd_member"] = "42", ["name"] = "Ann" });

        var (caller, error) = await _validator.ValidateAsync(token);

        error.ShouldBeNull();
        caller!.Role.ShouldBe(CallerRole.Member);
        caller.MemberId.ShouldBe(42);
        caller.Name.ShouldBe("Ann");
        caller.KeyId.ShouldBeNull();
    }

    [Fact]
    public async Task ValidateAsync_AdminTokenWithoutName_IsNamedBySubject()
    {
        var token = Token(_clock, new() { ["cpd_role"] = "ADMIN", ["sub"] = "u-1" });

        var (caller, _) = await _validator.ValidateAsync(token);

        caller!.Role.ShouldBe(CallerRole.Admin);
        caller.Name.ShouldBe("u-1");
    }

    [Fact]
    public async Task ValidateAsync_ExpiredToken_IsRefusedAsExpired()
    {
        var token = Token(_clock, new() { ["cpd_role"] = "ADMIN" }, lifetime: Duration.FromMinutes(10));
        _clock.Advance(Duration.FromMinutes(12));

        var (caller, error) = await _validator.ValidateAsync(token);

        caller.ShouldBeNull();
        error.ShouldBe("The token has expired.");
    }

    [Fact]
    public async Task ValidateAsync_TokenJustInsideTheClockSkew_IsAccepted()
    {
        var token = Token(_clock, new() { ["cpd_role"] = "ADMIN" }, lifetime: Duration.FromMinutes(10));
        _clock.Advance(Duration.FromSeconds(10 * 60 + 50));

        (await _validator.ValidateAsync(token)).Caller.ShouldNotBeNull();
    }

    [Fact]
    public async Task ValidateAsync_OtherSigningKey_IsRefused()
    {
        var token = Token(_clock, new() { ["cpd_role"] = "ADMIN" }, secret: RandomNumberGenerator.GetBytes(32));

        var (caller, error) = await _validator.ValidateAsync(token);

        caller.ShouldBeNull();
        error.ShouldBe("The token is not valid.");
    }

    [Fact]
    public async Task ValidateAsync_OtherAudienceOrIssuer_IsRefused()
    {
        var claims = new Dictionary<string, object> { ["cpd_role"] = "ADMIN" };

        (await _validator.ValidateAsync(Token(_clock, claims, audience: "other"))).Error.ShouldBe("The token is for another audience.");
        (await _validator.ValidateAsync(Token(_clock, claims, issuer: "https://evil.example"))).Error.ShouldBe("The token is from an unknown issuer.");
    }

    [Fact]
    public async Task ValidateAsync_ScopedRoleWithoutScopeClaim_IsRefused()
    {
        var token = Token(_clock, new() { ["cpd_role"] = "HR_SYSTEM" });

        var (caller, error) = await _validator.ValidateAsync(token);

        caller.ShouldBeNull();
        error.ShouldBe("A HR_SYSTEM token needs a numeric 'cpd_org' claim.");
    }

    [Fact]
    public async Task ValidateAsync_UnknownRole_IsRefused()
    {
        var token = Token(_clock, new() { ["cpd_role"] = "ROOT" });

        (await _validator.ValidateAsync(token)).Error.ShouldBe("The token has no valid 'cpd_role' claim.");
    }

    [Fact]
    public async Task ValidateAsync_ClaimNamesConfigured_ReadsThoseClaims()
    {
        var options = SymmetricOptions();
        options.RoleClaim = "roles";
        options.BodyClaim = "body";
        using var validator = new JwtValidator(Options.Create(options), _clock);
        var token = Token(_clock, new() { ["roles"] = "assessor", ["body"] = "5" });

        var (caller, _) = await validator.ValidateAsync(token);

        caller!.Role.ShouldBe(CallerRole.Assessor);
        caller.BodyId.ShouldBe(5);
    }

    [Fact]
    public async Task ValidateAsync_RsaSignedTokenWithPublicKeyConfigured_IsAccepted()
    {
        using var rsa = RSA.Create(2048);
        var options = new JwtOptions { Authority = "https://id.example", Audience = "cpd-api", PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() };
        using var validator = new JwtValidator(Options.Create(options), _clock);
        var now = _clock.GetCurrentInstant().ToDateTimeUtc();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://id.example",
            Audience = "cpd-api",
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["cpd_role"] = "ADMIN" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256),
        });

        (await validator.ValidateAsync(token)).Caller!.Role.ShouldBe(CallerRole.Admin);
    }

    [Fact]
    public async Task ValidateAsync_NotConfigured_IsDisabledAndRefuses()
    {
        using var validator = new JwtValidator(Options.Create(new JwtOptions()), _clock);

        validator.IsEnabled.ShouldBeFalse();
        (await validator.ValidateAsync("a.b.c")).Error.ShouldBe("JWT bearer tokens are not accepted by this server.");
    }

    [Fact]
    public void Constructor_KeyWithoutIssuerOrAudience_Throws()
    {
        var options = new JwtOptions { SigningKey = Convert.ToBase64String(Secret) };

        Should.Throw<InvalidOperationException>(() => new JwtValidator(Options.Create(options), _clock));
    }

    [Fact]
    public void Constructor_ShortSymmetricKey_Throws()
    {
        var options = SymmetricOptions();
        options.SigningKey = Convert.ToBase64String(new byte[16]);

        Should.Throw<InvalidOperationException>(() => new JwtValidator(Options.Create(options), _clock));
    }
}
