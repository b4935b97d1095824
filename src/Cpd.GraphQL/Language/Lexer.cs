using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Cpd.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (spec section 2.1): a hand-written scanner over the source string that skips
/// ignored tokens (whitespace, line terminators, commas, comments, the BOM) and returns one token
/// at a time. It tracks only an offset; line and column come from <see cref="Source.GetLocation(int)"/>.
/// Invalid input throws <see cref="Errors.GraphQLSyntaxException"/> with graphql-js's messages.
/// </summary>
public sealed class Lexer
{
    private readonly Source _source;
    private readonly string _body;
    private StringBuilder? _builder;
    private List<(int Start, int End)>? _lines;
    private int _position;

    // The token read last (by Next or Peek): kept as fields, not a Token, so the parser's hot loop copies no struct.
    private int _tokenStart;
    private int _tokenEnd;
    private string? _tokenValue;
    private uint _nameHash;

    /// <summary>Creates a lexer positioned at the start of a source.</summary>
    /// <param name="source">The source to read.</param>
    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _body = source.Body;
    }

    /// <summary>The source being read.</summary>
    public Source Source => _source;

    /// <summary>The offset of the first character of the token read last.</summary>
    internal int TokenStart => _tokenStart;

    /// <summary>The offset just past the token read last.</summary>
    internal int TokenEnd => _tokenEnd;

    /// <summary>The cooked value of the token read last when it is a string or block string.</summary>
    internal string? TokenValue => _tokenValue;

    /// <summary>The <see cref="NameTable.Hash(ReadOnlySpan{char})"/> of the token read last when it is a name.</summary>
    internal uint NameHash => _nameHash;

    /// <summary>Reads the next token; at the end it returns <see cref="TokenKind.EndOfFile"/> repeatedly.</summary>
    /// <returns>The next token.</returns>
    public Token Advance()
    {
        var kind = Next();
        return new Token(kind, _tokenStart, _tokenEnd, _tokenValue);
    }

    /// <summary>Reads the token after the last one returned without consuming it.</summary>
    /// <returns>The next token.</returns>
    public Token Peek()
    {
        var (start, end, value, hash) = (_tokenStart, _tokenEnd, _tokenValue, _nameHash);
        var kind = ReadToken(_position);
        var token = new Token(kind, _tokenStart, _tokenEnd, _tokenValue);
        (_tokenStart, _tokenEnd, _tokenValue, _nameHash) = (start, end, value, hash);
        return token;
    }

    /// <summary>
    /// Reads the next token into <see cref="TokenStart"/>, <see cref="TokenEnd"/>, <see cref="TokenValue"/> and
    /// <see cref="NameHash"/> (the parser's path: no <see cref="Token"/> is built).
    /// </summary>
    /// <returns>The token's kind.</returns>
    internal TokenKind Next()
    {
        var kind = ReadToken(_position);
        _position = _tokenEnd;
        return kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind ReadToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];

            // Names are the commonest token and single spaces the commonest ignored character: both are tested before the
            // switch's jump table, whose indirect jump the processor predicts poorly.
            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            if (code == ' ')
            {
                position++;
                continue;
            }

            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                case '\r':
                    position = SkipIndentation(position + 1);
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position);
                case '$':
                    return Punctuator(TokenKind.Dollar, position);
                case '&':
                    return Punctuator(TokenKind.Amp, position);
                case '(':
                    return Punctuator(TokenKind.ParenL, position);
                case ')':
                    return Punctuator(TokenKind.ParenR, position);
                case '.':
                    return ReadDot(position);
                case ':':
                    return Punctuator(TokenKind.Colon, position);
                case '=':
                    return Punctuator(TokenKind.EqualsSign, position);
                case '@':
                    return Punctuator(TokenKind.At, position);
                case '[':
                    return Punctuator(TokenKind.BracketL, position);
                case ']':
                    return Punctuator(TokenKind.BracketR, position);
                case '{':
                    return Punctuator(TokenKind.BraceL, position);
                case '|':
                    return Punctuator(TokenKind.Pipe, position);
                case '}':
                    return Punctuator(TokenKind.BraceR, position);
                case '"':
                    return position + 2 < body.Length && body[position + 1] == '"' && body[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                default:
                    if (IsDigit(code) || code == '-')
                    {
                        return ReadNumber(position);
                    }

                    throw UnexpectedCharacter(position);
            }
        }

        return SetToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private TokenKind Punctuator(TokenKind kind, int position) => SetToken(kind, position, position + 1);

    private TokenKind SetToken(TokenKind kind, int start, int end, string? value = null)
    {
        _tokenStart = start;
        _tokenEnd = end;
        _tokenValue = value;
        return kind;
    }

    /// <summary>
    /// Skips the spaces that begin a line eight at a time: indentation is most of the characters of a pretty-printed
    /// document (three fifths of the introspection query's). A tab or anything else stops it; the caller reads on.
    /// </summary>
    private int SkipIndentation(int position)
    {
        var body = _body;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(body.AsSpan()));
            var spaces = Vector128.Create((ushort)' ');
            while (position <= body.Length - Vector128<ushort>.Count)
            {
                var notSpace = ~Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)position), spaces).ExtractMostSignificantBits();
                if (notSpace != 0)
                {
                    return position + BitOperations.TrailingZeroCount(notSpace);
                }

                position += Vector128<ushort>.Count;
            }
        }

        while (position < body.Length && body[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private Errors.GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var code = _body[position];
        if (code == '\'')
        {
            return SyntaxErrors.At(_source, position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var valid = !char.IsSurrogate(code) || IsSurrogatePair(position);
        return SyntaxErrors.At(
            _source,
            position,
            (valid ? "Unexpected character: " : "Invalid character: ") + SyntaxErrors.CodePointAt(_body, position) + ".");
    }

    private int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSurrogatePair(position))
            {
                position += 2;
            }
            else
            {
                // A lone surrogate ends the comment; reading on reports it as an invalid character.
                break;
            }
        }

        return position;
    }

    private TokenKind ReadDot(int position)
    {
        var body = _body;
        var next = position + 1 < body.Length ? body[position + 1] : '\0';
        if (next == '.')
        {
            if (position + 2 < body.Length && body[position + 2] == '.')
            {
                return SetToken(TokenKind.Spread, position, position + 3);
            }

            throw SyntaxErrors.At(_source, position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(next))
        {
            var end = ReadDigits(position + 1);
            throw SyntaxErrors.At(
                _source,
                position,
                "Invalid number, expected digit before \".\", did you mean \"0" + body.AsSpan(position, end - position).ToString() + "\"?");
        }

        throw UnexpectedCharacter(position);
    }

    private TokenKind ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        var hash = NameTable.HashStart(body[start]);
        while (position < body.Length)
        {
            var code = body[position];
            if (!IsNameContinue(code))
            {
                break;
            }

            hash = NameTable.HashStep(hash, code);
            position++;
        }

        _nameHash = hash;
        return SetToken(TokenKind.Name, start, position);
    }

    // IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    // FloatValue :: IntegerPart (FractionalPart | ExponentPart | both) [same lookahead]
    private TokenKind ReadNumber(int start)
    {
        var body = _body;
        var position = start;
        var isFloat = false;
        if (body[position] == '-')
        {
            position++;
        }

        if (position < body.Length && body[position] == '0')
        {
            position++;
            if (position < body.Length && IsDigit(body[position]))
            {
                throw SyntaxErrors.At(
                    _source,
                    position,
                    "Invalid number, unexpected digit after 0: " + SyntaxErrors.CodePointAt(body, position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (position < body.Length && body[position] == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (position < body.Length && body[position] is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (position < body.Length && body[position] is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (position < body.Length && (body[position] == '.' || IsNameStart(body[position])))
        {
            throw SyntaxErrors.At(
                _source,
                position,
                "Invalid number, expected digit but got: " + SyntaxErrors.CodePointAt(body, position) + ".");
        }

        return SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private int ReadDigits(int start)
    {
        var body = _body;
        if (start >= body.Length || !IsDigit(body[start]))
        {
            throw SyntaxErrors.At(
                _source,
                start,
                "Invalid number, expected digit but got: " + SyntaxErrors.CodePointAt(body, start) + ".");
        }

        var position = start + 1;
        while (position < body.Length && IsDigit(body[position]))
        {
            position++;
        }

        return position;
    }

    private TokenKind ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string value;
                if (builder is null)
                {
                    value = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    builder.Append(body, chunkStart, position - chunkStart);
                    value = builder.ToString();
                }

                return SetToken(TokenKind.String, start, position + 1, value);
            }

            if (code == '\\')
            {
                builder ??= RentBuilder();
                builder.Append(body, chunkStart, position - chunkStart);
                position = ReadEscape(position, builder);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position = SkipStringCharacter(position);
        }

        throw SyntaxErrors.At(_source, position, "Unterminated string.");
    }

    /// <summary>Reads the escape sequence at <paramref name="position"/> (a backslash) into the builder.</summary>
    /// <returns>The offset after the escape sequence.</returns>
    private int ReadEscape(int position, StringBuilder builder)
    {
        var body = _body;
        var next = position + 1 < body.Length ? body[position + 1] : '\0';
        char escaped;
        switch (next)
        {
            case '"' or '\\' or '/':
                escaped = next;
                break;
            case 'b':
                escaped = '\b';
                break;
            case 'f':
                escaped = '\f';
                break;
            case 'n':
                escaped = '\n';
                break;
            case 'r':
                escaped = '\r';
                break;
            case 't':
                escaped = '\t';
                break;
            case 'u' when position + 2 < body.Length && body[position + 2] == '{':
                return ReadVariableWidthUnicodeEscape(position, builder);
            case 'u':
                return ReadFixedWidthUnicodeEscape(position, builder);
            default:
                var end = Math.Min(position + 2, body.Length);
                throw SyntaxErrors.At(
                    _source,
                    position,
                    "Invalid character escape sequence: \"" + body.AsSpan(position, end - position).ToString() + "\".");
        }

        builder.Append(escaped);
        return position + 2;
    }

    // \u{HexDigit+}: at most 8 hex digits, and it must name a Unicode scalar value.
    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var body = _body;
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            if (position + size >= body.Length)
            {
                size++;
                break;
            }

            var code = body[position + size++];
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(builder, point);
                return position + size;
            }

            var digit = HexValue(code);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | digit;
            if (point < 0)
            {
                break;
            }
        }

        var end = Math.Min(position + size, body.Length);
        throw SyntaxErrors.At(
            _source,
            position,
            "Invalid Unicode escape sequence: \"" + body.AsSpan(position, end - position).ToString() + "\".");
    }

    // \uXXXX, where a leading surrogate must be followed by \uXXXX naming a trailing one.
    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var body = _body;
        var code = Read16BitHex(position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code))
        {
            builder.Append((char)code);
            return position + 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF
            && position + 7 < body.Length && body[position + 6] == '\\' && body[position + 7] == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                builder.Append((char)code).Append((char)trailing);
                return position + 12;
            }
        }

        var end = Math.Min(position + 6, body.Length);
        throw SyntaxErrors.At(
            _source,
            position,
            "Invalid Unicode escape sequence: \"" + body.AsSpan(position, end - position).ToString() + "\".");
    }

    private int Read16BitHex(int position)
    {
        var body = _body;
        if (position + 4 > body.Length)
        {
            return -1;
        }

        return (HexValue(body[position]) << 12)
            | (HexValue(body[position + 1]) << 8)
            | (HexValue(body[position + 2]) << 4)
            | HexValue(body[position + 3]);
    }

    private TokenKind ReadBlockString(int start)
    {
        var body = _body;
        var lines = _lines ??= [];
        lines.Clear();
        var position = start + 3;
        var lineStart = position;
        var hasEscapedQuotes = false;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && position + 2 < body.Length && body[position + 1] == '"' && body[position + 2] == '"')
            {
                lines.Add((lineStart, position));
                return SetToken(TokenKind.BlockString, start, position + 3, BlockString.Dedent(body, lines, hasEscapedQuotes, RentBuilder()));
            }

            if (code == '\\' && position + 3 < body.Length
                && body[position + 1] == '"' && body[position + 2] == '"' && body[position + 3] == '"')
            {
                hasEscapedQuotes = true;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                lines.Add((lineStart, position));
                position += code == '\r' && position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                lineStart = position;
                continue;
            }

            position = SkipStringCharacter(position);
        }

        throw SyntaxErrors.At(_source, position, "Unterminated string.");
    }

    /// <summary>Steps over one source character of a string, rejecting an unpaired surrogate.</summary>
    private int SkipStringCharacter(int position)
    {
        if (!char.IsSurrogate(_body[position]))
        {
            return position + 1;
        }

        if (IsSurrogatePair(position))
        {
            return position + 2;
        }

        throw SyntaxErrors.At(
            _source,
            position,
            "Invalid character within String: " + SyntaxErrors.CodePointAt(_body, position) + ".");
    }

    private StringBuilder RentBuilder()
    {
        var builder = _builder ??= new StringBuilder(64);
        builder.Clear();
        return builder;
    }

    private bool IsSurrogatePair(int position)
        => char.IsHighSurrogate(_body[position]) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);

    private static void AppendCodePoint(StringBuilder builder, int point)
    {
        if (point < 0x10000)
        {
            builder.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            builder.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int HexValue(char code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    internal static bool IsDigit(char code) => (uint)(code - '0') <= 9;

    internal static bool IsNameStart(char code) => code < 128 && NameCharacters[code] == NameStartCharacter;

    internal static bool IsNameContinue(char code) => code < 128 && NameCharacters[code] != 0;

    private const byte NameStartCharacter = 3;

    // By ASCII code: 3 for a NameStart ([A-Za-z_]), 2 for the other NameContinue characters (digits), 0 for the rest.
    private static ReadOnlySpan<byte> NameCharacters =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    ];
}
