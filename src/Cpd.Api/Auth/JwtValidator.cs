using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace Cpd.Api.Auth;

/// <summary>
/// Validates JWT bearer tokens with <see cref="JsonWebTokenHandler"/> (signature, issuer, audience, lifetime against the
/// injected clock) and maps their claims to a <see cref="Caller"/>. Built once; it holds the keys.
/// </summary>
public sealed class JwtValidator : IDisposable
{
    private readonly JwtOptions _options;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters? _parameters;
    private readonly AsymmetricAlgorithm? _publicKey;
    private readonly IClock _clock;

    /// <summary>Reads <see cref="JwtOptions"/>; a half-configured section is an error at start-up, not a silent hole.</summary>
    public JwtValidator(IOptions<JwtOptions> options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options.Value;
        _clock = clock;
        if (!_options.IsConfigured)
        {
            if (!string.IsNullOrWhiteSpace(_options.SigningKey) || !string.IsNullOrWhiteSpace(_options.PublicKeyPem))
            {
                throw new InvalidOperationException($"{JwtOptions.Section} has a signing key but no Issuer (or Authority) and Audience.");
            }

            return;
        }

        var keys = new List<SecurityKey>();
        if (!string.IsNullOrWhiteSpace(_options.SigningKey))
        {
            var secret = Convert.FromBase64String(_options.SigningKey);
            if (secret.Length < 32)
            {
                throw new InvalidOperationException($"{JwtOptions.Section}:SigningKey must be at least 32 bytes (base64).");
            }

            keys.Add(new SymmetricSecurityKey(secret));
        }

        if (!string.IsNullOrWhiteSpace(_options.PublicKeyPem))
        {
            if (TryEcdsa(_options.PublicKeyPem) is { } ecdsa)
            {
                _publicKey = ecdsa;
                keys.Add(new ECDsaSecurityKey(ecdsa));
            }
            else
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(_options.PublicKeyPem);
                _publicKey = rsa;
                keys.Add(new RsaSecurityKey(rsa));
            }
        }

        _parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.ExpectedIssuer,
            ValidAudience = _options.Audience,
            IssuerSigningKeys = keys,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = _options.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) => IsCurrent(clock, notBefore, expires, parameters.ClockSkew),
        };
    }

    /// <summary>Whether JWTs are accepted at all.</summary>
    public bool IsEnabled => _parameters is not null;

    /// <summary>
    /// Validates a token. On success the caller it stands for; otherwise a reason fit for the client (no internals).
    /// </summary>
    public async Task<(Caller? Caller, string? Error)> ValidateAsync(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (_parameters is null)
        {
            return (null, "JWT bearer tokens are not accepted by this server.");
        }

        var result = await _handler.ValidateTokenAsync(token, _parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return (null, result.Exception switch
            {
                SecurityTokenInvalidLifetimeException { Expires: { } expires } when expires < _clock.GetCurrentInstant().ToDateTimeUtc() =>
                    "The token has expired.",
                SecurityTokenInvalidLifetimeException => "The token is not valid yet.",
                SecurityTokenInvalidAudienceException => "The token is for another audience.",
                SecurityTokenInvalidIssuerException => "The token is from an unknown issuer.",
                _ => "The token is not valid.",
            });
        }

        var identity = result.ClaimsIdentity;
        if (!CallerRoles.TryParse(identity.FindFirst(_options.RoleClaim)?.Value, out var role))
        {
            return (null, $"The token has no valid '{_options.RoleClaim}' claim.");
        }

        var name = identity.FindFirst(_options.NameClaim)?.Value ?? identity.FindFirst("sub")?.Value ?? "jwt";
        var scopeClaim = role switch
        {
            CallerRole.Member => _options.MemberClaim,
            CallerRole.Assessor => _options.BodyClaim,
            CallerRole.HrSystem => _options.OrganisationClaim,
            _ => null,
        };
        if (scopeClaim is null)
        {
            return (Caller.ForAdmin(name), null);
        }

        return ReadId(identity, scopeClaim) is { } scope
            ? (Caller.For(role, scope, name), null)
            : (null, $"A {role.ToName()} token needs a numeric '{scopeClaim}' claim.");
    }

    /// <inheritdoc />
    public void Dispose() => _publicKey?.Dispose();

    private static long? ReadId(ClaimsIdentity identity, string type) =>
        long.TryParse(identity.FindFirst(type)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    // The lifetime is checked against the injected clock (this library version reads the system clock otherwise).
    private static bool IsCurrent(IClock clock, DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = clock.GetCurrentInstant().ToDateTimeUtc();
        return expires is { } end && now <= end.ToUniversalTime() + skew && (notBefore is not { } start || start.ToUniversalTime() - skew <= now);
    }

    private static ECDsa? TryEcdsa(string pem)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            return ecdsa;
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
            return null;
        }
        catch (ArgumentException)
        {
            ecdsa.Dispose();
            return null;
        }
    }
}
