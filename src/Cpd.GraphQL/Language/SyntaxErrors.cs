using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Language;

/// <summary>Builds the syntax errors of the lexer and parser in one place (graphql-js's wording).</summary>
internal static class SyntaxErrors
{
    /// <summary>A syntax error at an offset: <c>Syntax Error: {description}</c> with its line and column.</summary>
    public static GraphQLSyntaxException At(Source source, int position, string description)
        => new(new GraphQLError("Syntax Error: " + description, [source.GetLocation(Math.Min(position, source.Body.Length))]));

    /// <summary>The description of a token kind, e.g. <c>Name</c> or <c>"{"</c>.</summary>
    public static string KindDescription(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.EqualsSign => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>The description of a token, e.g. <c>Name "foo"</c>, <c>"}"</c> or <c>&lt;EOF&gt;</c>.</summary>
    public static string TokenDescription(Source source, Token token)
    {
        var kind = KindDescription(token.Kind);
        return token.Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float =>
                kind + " \"" + source.Body.AsSpan(token.Start, token.End - token.Start).ToString() + "\"",
            TokenKind.String or TokenKind.BlockString => kind + " \"" + token.Value + "\"",
            _ => kind,
        };
    }

    /// <summary>
    /// The code point at an offset for a message: <c>&lt;EOF&gt;</c>, printable ASCII quoted
    /// (<c>"a"</c>, <c>'"'</c>), anything else as <c>U+XXXX</c>.
    /// </summary>
    public static string CodePointAt(string body, int position)
    {
        if (position >= body.Length)
        {
            return "<EOF>";
        }

        int code = body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        if (char.IsHighSurrogate((char)code) && position + 1 < body.Length && char.IsLowSurrogate(body[position + 1]))
        {
            code = char.ConvertToUtf32((char)code, body[position + 1]);
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
