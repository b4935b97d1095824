namespace Cpd.GraphQL.Language;

/// <summary>
/// A lexical token: its kind and UTF-16 offsets into the source. Only string tokens carry a
/// <see cref="Value"/> (escapes resolved, block strings dedented); the text of any other token is
/// <c>source.Body[Start..End]</c>, which the parser slices only when it builds a node.
/// </summary>
/// <param name="Kind">The token's kind.</param>
/// <param name="Start">The offset of the token's first character.</param>
/// <param name="End">The offset just past the token's last character.</param>
/// <param name="Value">The cooked value of a string or block string token; otherwise null.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value = null);
