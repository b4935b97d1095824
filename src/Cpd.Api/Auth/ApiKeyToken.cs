using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Cpd.Api.Auth;

/// <summary>
/// The text of an API key, <c>cpd_&lt;prefix&gt;_&lt;secret&gt;</c>: an 8-character prefix (40 random bits) by which the
/// stored key is found, and a 52-character secret (32 random bytes), both in lower-case RFC 4648 base32 so that a key
/// survives shells, URLs and double-click selection. Only the prefix and the SHA-256 hash of the whole text are stored;
/// the text is shown once, when the key is made.
/// </summary>
public sealed class ApiKeyToken
{
    /// <summary>What every key begins with.</summary>
    public const string Lead = "cpd_";

    /// <summary>The prefix's length in characters.</summary>
    public const int PrefixLength = 8;

    /// <summary>The secret's length in characters (32 bytes in base32, unpadded).</summary>
    public const int SecretLength = 52;

    /// <summary>The length of a SHA-256 hash in bytes.</summary>
    public const int HashLength = 32;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private static readonly SearchValues<char> AlphabetValues = SearchValues.Create(Alphabet);
    private const int PrefixBytes = 5;
    private const int SecretBytes = 32;

    private ApiKeyToken(string text, string prefix)
    {
        Text = text;
        Prefix = prefix;
    }

    /// <summary>The whole key, as the caller sends it after <c>Bearer</c>.</summary>
    public string Text { get; }

    /// <summary>The prefix that finds the stored key.</summary>
    public string Prefix { get; }

    /// <summary>Makes a new key from the operating system's cryptographic random generator.</summary>
    public static ApiKeyToken Generate()
    {
        Span<byte> prefix = stackalloc byte[PrefixBytes];
        Span<byte> secret = stackalloc byte[SecretBytes];
        RandomNumberGenerator.Fill(prefix);
        RandomNumberGenerator.Fill(secret);
        var prefixText = Base32(prefix);
        var text = string.Concat(Lead, prefixText, "_", Base32(secret));
        CryptographicOperations.ZeroMemory(secret);
        return new ApiKeyToken(text, prefixText);
    }

    /// <summary>Reads a presented key; false when it does not have the shape of one (so it cannot be a key of ours).</summary>
    public static bool TryParse(string? text, out ApiKeyToken? token)
    {
        token = null;
        if (text is null
            || text.Length != Lead.Length + PrefixLength + 1 + SecretLength
            || !text.StartsWith(Lead, StringComparison.Ordinal)
            || text[Lead.Length + PrefixLength] != '_')
        {
            return false;
        }

        var prefix = text.AsSpan(Lead.Length, PrefixLength);
        var secret = text.AsSpan(Lead.Length + PrefixLength + 1);
        if (prefix.ContainsAnyExcept(AlphabetValues) || secret.ContainsAnyExcept(AlphabetValues))
        {
            return false;
        }

        token = new ApiKeyToken(text, prefix.ToString());
        return true;
    }

    /// <summary>Whether a text looks like one of our keys (the lead <c>cpd_</c>), well formed or not.</summary>
    public static bool LooksLikeKey(string? text) => text?.StartsWith(Lead, StringComparison.Ordinal) == true;

    /// <summary>The SHA-256 hash of the key's text, which is what is stored.</summary>
    public byte[] Hash() => SHA256.HashData(Encoding.ASCII.GetBytes(Text));

    /// <summary>Whether this key is the one whose hash was stored, compared in constant time.</summary>
    public bool Matches(byte[] storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        Span<byte> hash = stackalloc byte[HashLength];
        SHA256.HashData(Encoding.ASCII.GetBytes(Text), hash);
        return CryptographicOperations.FixedTimeEquals(hash, storedHash);
    }

    /// <summary>The prefix only: the text is a secret and never goes to a log.</summary>
    public override string ToString() => string.Concat(Lead, Prefix, "_…");

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[((bytes.Length * 8) + 4) / 5];
        int buffer = 0, bits = 0, index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                chars[index++] = Alphabet[(buffer >> bits) & 31];
            }
        }

        if (bits > 0)
        {
            chars[index] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars);
    }
}
