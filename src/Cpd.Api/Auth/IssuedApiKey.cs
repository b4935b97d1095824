namespace Cpd.Api.Auth;

/// <summary>A key just made: its id, its prefix, and its full text, which is shown this once and never again.</summary>
/// <param name="Id">The key's id (for revoking it).</param>
/// <param name="Prefix">The prefix (not secret; shown in listings).</param>
/// <param name="Key">The full key text for <c>Authorization: Bearer</c>.</param>
/// <param name="Caller">The caller the key stands for.</param>
public sealed record IssuedApiKey(long Id, string Prefix, string Key, Caller Caller)
{
    /// <summary>Keeps the key text out of logs and debugger displays.</summary>
    public override string ToString() => $"API key {Id} (cpd_{Prefix}_…) for {Caller}";
}
