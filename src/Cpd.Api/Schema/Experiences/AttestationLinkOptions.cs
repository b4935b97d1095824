namespace Cpd.Api.Schema.Experiences;

/// <summary>Where attestation links point, bound from the <c>Cpd</c> configuration section (<c>Cpd:PublicBaseUrl</c>).</summary>
public sealed class AttestationLinkOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Cpd";

    /// <summary>The public address of the site that serves <c>/attest?token=…</c> (default <c>http://localhost:5080</c>, the demo server).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The link for a token.</summary>
    /// <param name="token">The token (base64url, so it needs no escaping).</param>
    /// <returns>The link.</returns>
    public string LinkFor(string token) => $"{PublicBaseUrl.TrimEnd('/')}/attest?token={token}";
}
