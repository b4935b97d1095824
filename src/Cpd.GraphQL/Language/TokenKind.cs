namespace Cpd.GraphQL.Language;

/// <summary>The kinds of lexical tokens (ignored tokens such as comments are never returned).</summary>
public enum TokenKind
{
    /// <summary>The end of the source.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Amp,

    /// <summary><c>(</c></summary>
    ParenL,

    /// <summary><c>)</c></summary>
    ParenR,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    EqualsSign,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    BracketL,

    /// <summary><c>]</c></summary>
    BracketR,

    /// <summary><c>{</c></summary>
    BraceL,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    BraceR,

    /// <summary>A name.</summary>
    Name,

    /// <summary>An integer literal.</summary>
    Int,

    /// <summary>A float literal.</summary>
    Float,

    /// <summary>A quoted string literal.</summary>
    String,

    /// <summary>A block string literal.</summary>
    BlockString,
}
