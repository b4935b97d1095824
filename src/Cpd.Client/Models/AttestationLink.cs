namespace Cpd.Client.Models;

/// <summary>A single-use link that lets someone outside Cpd attest an experience; its secret is shown only this once.</summary>
/// <param name="AttestorName">Who is asked to attest.</param>
/// <param name="AttestorEmail">The address the link is bound to.</param>
/// <param name="Link">The link to send to the attestor.</param>
/// <param name="Token">The link's secret token (the API keeps only its hash).</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record AttestationLink(string AttestorName, string AttestorEmail, Uri Link, string Token, DateTimeOffset ExpiresAt);
