using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// Global object ids: the <c>ID</c> of a <c>Node</c> is base64url (no padding) of <c>"&lt;Type&gt;:&lt;id&gt;"</c>, e.g.
/// <c>Organisation:42</c> → <c>T3JnYW5pc2F0aW9uOjQy</c>. Clients treat ids as opaque; the type inside lets
/// <c>node(id:)</c> find the loader and lets a field refuse an id of the wrong type.
/// </summary>
public static class GlobalId
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Formats a global id.</summary>
    /// <param name="typeName">The GraphQL type's name.</param>
    /// <param name="id">The database id (positive).</param>
    /// <returns>The id.</returns>
    public static string Format(string typeName, long id)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Decodes a global id.</summary>
    /// <param name="value">The id as the client sent it.</param>
    /// <param name="typeName">The type's name.</param>
    /// <param name="id">The database id.</param>
    /// <returns>Whether the id is well formed: base64url of a type name, a colon and a positive integer.</returns>
    public static bool TryParse(string? value, out string typeName, out long id)
    {
        typeName = string.Empty;
        id = 0;
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            return false;
        }

        string text;
        try
        {
            // Base64Url throws on characters outside its alphabet rather than returning false.
            text = StrictUtf8.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
        {
            id = 0;
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>Decodes a global id that must name <paramref name="expectedType"/>.</summary>
    /// <param name="value">The id as the client sent it.</param>
    /// <param name="expectedType">The type the field expects.</param>
    /// <param name="id">The database id.</param>
    /// <returns>Whether the id is well formed and of that type.</returns>
    public static bool TryParse(string? value, string expectedType, out long id)
    {
        if (TryParse(value, out var type, out id) && string.Equals(type, expectedType, StringComparison.Ordinal))
        {
            return true;
        }

        id = 0;
        return false;
    }

    /// <summary>Decodes a global id argument of a query field, or throws the field error coded <c>MALFORMED_ID</c>.</summary>
    /// <param name="value">The id as the client sent it.</param>
    /// <param name="expectedType">The type the field expects.</param>
    /// <returns>The database id.</returns>
    /// <exception cref="GraphQL.Errors.GraphQLException">The id is malformed or of another type.</exception>
    public static long Parse(string value, string expectedType) =>
        TryParse(value, expectedType, out var id) ? id : throw ApiError.Create(ApiErrorCodes.MalformedId, Malformed(value, expectedType));

    /// <summary>Decodes a global id in a mutation's input, or gives the user error coded <c>MALFORMED_ID</c> at that field.</summary>
    /// <param name="value">The id as the client sent it.</param>
    /// <param name="expectedType">The type the field expects.</param>
    /// <param name="field">The dotted path of the field within the input, e.g. <c>id</c> or <c>organisationId</c>.</param>
    /// <param name="error">The user error when the id is malformed or of another type.</param>
    /// <returns>The database id, or 0 with <paramref name="error"/> set.</returns>
    public static long ParseInput(string? value, string expectedType, string field, out UserError? error)
    {
        if (TryParse(value, expectedType, out var id))
        {
            error = null;
            return id;
        }

        error = UserError.At(ApiErrorCodes.MalformedId, field, Malformed(value, expectedType));
        return 0;
    }

    private static string Malformed(string? value, string expectedType) => $"\"{value}\" is not the id of a {expectedType}.";
}
