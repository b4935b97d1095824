namespace Cpd.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The limits guard against hostile documents:
/// exceeding one is a <see cref="Errors.GraphQLSyntaxException"/>, never a crash. The defaults let
/// ordinary documents, large schemas and the introspection query through; a server facing the
/// internet will usually lower them.
/// </summary>
public sealed class ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The longest document accepted, in UTF-16 characters (default 4,194,304).</summary>
    public int MaxDocumentLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 4 * 1024 * 1024;

    /// <summary>The most tokens accepted, not counting the end of the document (default 1,000,000).</summary>
    public int MaxTokens
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 1_000_000;

    /// <summary>
    /// The deepest nesting accepted (default 128): each selection set, list value, object value and
    /// list type opens one level, so <c>{ a { b } }</c> has depth 2 and <c>[[Int!]]</c> depth 2.
    /// </summary>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 128;

    /// <summary>
    /// When true, a selection set may be empty (<c>{ }</c>), as graphql-js 17 accepts by default
    /// (spec proposal #1227). False (the default) keeps the September 2025 grammar, <c>{ Selection+ }</c>.
    /// </summary>
    public bool AllowEmptySelectionSets { get; init; }

    /// <summary>When true, nodes get no <see cref="Ast.AstNode.Location"/> (smaller trees, slightly faster).</summary>
    public bool NoLocation { get; init; }
}
