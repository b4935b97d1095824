using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// A single-use secret handed to a person once (an attestation link's token, a member's employer link code): 32 random
/// bytes as base64url (43 characters). Only the SHA-256 of those bytes is stored, so the database alone cannot produce a
/// working secret; a token is found by its hash (a unique index), which reveals nothing about other tokens, and the
/// stored hash is compared again in constant time.
/// </summary>
internal static class SecretTokens
{
    /// <summary>The random bytes in a token.</summary>
    public const int SecretBytes = 32;

    /// <summary>The longest token text read; anything longer is not a token and is refused before any work.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>A new token and the hash to store.</summary>
    public static (string Token, byte[] Hash) Create()
    {
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        return (Base64Url.EncodeToString(secret), SHA256.HashData(secret));
    }

    /// <summary>The hash of a token as a client sent it, or false when the text cannot be a token.</summary>
    public static bool TryHash(string? token, out byte[] hash)
    {
        hash = [];
        if (token is null || token.Length is 0 or > MaxTokenLength)
        {
            return false;
        }

        // IsValid first: the decoding methods throw on characters outside the alphabet.
        Span<byte> secret = stackalloc byte[SecretBytes];
        if (!Base64Url.IsValid(token, out var length) || length != SecretBytes
            || Base64Url.DecodeFromChars(token, secret, out _, out var written) != OperationStatus.Done || written != SecretBytes)
        {
            return false;
        }

        hash = SHA256.HashData(secret);
        return true;
    }

    /// <summary>Whether two hashes are equal, in time that does not depend on where they differ.</summary>
    public static bool Matches(byte[] stored, byte[] hash) => CryptographicOperations.FixedTimeEquals(stored, hash);
}
