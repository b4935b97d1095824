using System.Text.Json;

namespace Cpd.Client.Errors;

/// <summary>One entry of a GraphQL response's <c>errors</c>.</summary>
/// <param name="Message">The server's message.</param>
/// <param name="Code">The error's <c>extensions.code</c>, when the server gave one.</param>
/// <param name="Path">The response path of the field that failed (names and list indexes), when the error belongs to a field.</param>
/// <param name="Extensions">Every entry of <c>extensions</c>, as JSON.</param>
public sealed record CpdGraphQLError(
    string Message,
    string? Code,
    IReadOnlyList<object>? Path,
    IReadOnlyDictionary<string, JsonElement> Extensions)
{
    /// <summary>The message, with the code and path when known.</summary>
    /// <returns>Text such as <c>FORBIDDEN at member: Not allowed.</c></returns>
    public override string ToString() =>
        (Code is null ? string.Empty : Code + " ")
        + (Path is null || Path.Count == 0 ? string.Empty : "at " + string.Join('.', Path) + ": ")
        + Message;
}
