using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using FsCheck;
using FsCheck.Fluent;

namespace Cpd.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token LexOne(string text) => new Lexer(new Source(text)).Advance();

    private static string LexValue(string text) => LexOne(text).Value!;

    private static (string Message, SourceLocation Location) LexError(string text)
    {
        var lexer = new Lexer(new Source(text));
        var exception = Should.Throw<GraphQLSyntaxException>(() =>
        {
            while (lexer.Advance().Kind != TokenKind.EndOfFile)
            {
            }
        });
        return (exception.Error.Message, exception.Location!.Value);
    }

    private static void ShouldFail(string text, string message, int line, int column)
    {
        var (actual, location) = LexError(text);
        actual.ShouldBe("Syntax Error: " + message);
        location.ShouldBe(new SourceLocation(line, column));
    }

    [Fact]
    public void Advance_IgnoredTokens_SkipsBomWhitespaceCommasAndComments()
    {
        var token = LexOne("\uFEFF \t,,\n\r\n\r# a comment\n  foo");

        token.ShouldBe(new Token(TokenKind.Name, 23, 26));
    }

    [Fact]
    public void Advance_AtEnd_ReturnsEndOfFileRepeatedly()
    {
        var lexer = new Lexer(new Source("a"));

        lexer.Advance().Kind.ShouldBe(TokenKind.Name);
        lexer.Advance().ShouldBe(new Token(TokenKind.EndOfFile, 1, 1));
        lexer.Advance().ShouldBe(new Token(TokenKind.EndOfFile, 1, 1));
    }

    [Fact]
    public void Peek_DoesNotConsume()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();

        lexer.Peek().Start.ShouldBe(2);
        lexer.Advance().Start.ShouldBe(2);
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.EqualsSign)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void Advance_Punctuator_ReturnsItsKind(string text, TokenKind kind)
    {
        LexOne(text).ShouldBe(new Token(kind, 0, text.Length));
    }

    [Theory]
    [InlineData("simple", 6)]
    [InlineData("_under_score9", 13)]
    [InlineData("A1b2 next", 4)]
    [InlineData("a-b", 1)]
    public void Advance_Name_ReadsNameCharacters(string text, int end)
    {
        LexOne(text).ShouldBe(new Token(TokenKind.Name, 0, end));
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4567", TokenKind.Float)]
    public void Advance_Number_ReadsIntOrFloat(string text, TokenKind kind)
    {
        LexOne(text).ShouldBe(new Token(kind, 0, text.Length));
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Invalid number, expected digit before \".\", did you mean \"0.123\"?", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 6)]
    [InlineData("a-b", "Invalid number, expected digit but got: \"b\".", 3)]
    public void Advance_InvalidNumber_ThrowsWithPosition(string text, string message, int column)
    {
        ShouldFail(text, message, 1, column);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"control \u0007 characters are source characters\"", "control \u0007 characters are source characters")]
    public void Advance_String_ReadsValueWithEscapes(string text, string value)
    {
        var token = LexOne(text);

        token.Kind.ShouldBe(TokenKind.String);
        token.End.ShouldBe(text.Length);
        token.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 5)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\", "Invalid character escape sequence: \"\\\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u12", "Invalid Unicode escape sequence: \"\\u12\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"bad \\u{FF", "Invalid Unicode escape sequence: \"\\u{FF\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"overflow \\u{FFFFFFFF} esc\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 11)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    public void Advance_InvalidString_ThrowsWithPosition(string text, string message, int column)
    {
        ShouldFail(text, message, 1, column);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void Advance_BlockString_ReadsDedentedValue(string text, string value)
    {
        var token = LexOne(text);

        token.Kind.ShouldBe(TokenKind.BlockString);
        token.End.ShouldBe(text.Length);
        token.Value.ShouldBe(value);
    }

    [Fact]
    public void Advance_BlockStringSpanningLines_KeepsLaterLocationsRight()
    {
        var lexer = new Lexer(new Source("\"\"\"\nline\r\nline\rline\"\"\" name"));
        lexer.Advance();

        var token = lexer.Advance();

        lexer.Source.GetLocation(token.Start).ShouldBe(new SourceLocation(4, 9));
    }

    [Theory]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 1, 16)]
    public void Advance_InvalidBlockString_ThrowsWithPosition(string text, string message, int line, int column)
    {
        ShouldFail(text, message, line, column);
    }

    [Theory]
    [InlineData("..", "Unexpected \"..\", did you mean \"...\"?", 1)]
    [InlineData(".", "Unexpected character: \".\".", 1)]
    [InlineData("~", "Unexpected character: \"~\".", 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1)]
    [InlineData("\u0000", "Unexpected character: U+0000.", 1)]
    [InlineData("\b", "Unexpected character: U+0008.", 1)]
    [InlineData("\u00AA", "Unexpected character: U+00AA.", 1)]
    [InlineData("\u0AAA", "Unexpected character: U+0AAA.", 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1)]
    [InlineData("a \"", "Unterminated string.", 4)]
    public void Advance_UnexpectedCharacter_ThrowsWithPosition(string text, string message, int column)
    {
        ShouldFail(text, message, 1, column);
    }

    [Fact]
    public void Advance_ErrorAfterLineTerminators_ReportsLineAndColumn()
    {
        ShouldFail("\n\r\n\r  ?\n", "Unexpected character: \"?\".", 4, 3);
    }

    [Fact]
    public void Advance_CommentWithSupplementaryCharacters_IsIgnored()
    {
        LexOne("# \U0001F600 comment\nname").Kind.ShouldBe(TokenKind.Name);
    }

    [Fact]
    public void Advance_CommentAtEnd_ReturnsEndOfFile()
    {
        LexOne("# only a comment").Kind.ShouldBe(TokenKind.EndOfFile);
    }

    [Fact]
    public void Advance_StringWithUnicodeAfterEscape_KeepsAllParts()
    {
        LexValue("\"a\\nb\U0001F600c\\u0041\"").ShouldBe("a\nb\U0001F600cA");
    }

    // Unpaired surrogates cannot travel through theory data (they are re-encoded), so these are facts.
    [Fact]
    public void Advance_UnpairedSurrogateInString_ThrowsInvalidCharacterWithin()
    {
        ShouldFail("\"bad surrogate \uDEAD\"", "Invalid character within String: U+DEAD.", 1, 16);
        ShouldFail("\"bad high surrogate pair \uDEAD\uDEAD\"", "Invalid character within String: U+DEAD.", 1, 26);
        ShouldFail("\"bad low surrogate pair \uD800\uD800\"", "Invalid character within String: U+D800.", 1, 25);
        ShouldFail("\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Invalid character within String: U+D83D.", 1, 28);
        ShouldFail("\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28);
    }

    [Fact]
    public void Advance_UnpairedSurrogateInBlockString_ThrowsInvalidCharacterWithin()
    {
        ShouldFail("\"\"\"contains invalid surrogate \uDEAD\"\"\"", "Invalid character within String: U+DEAD.", 1, 31);
        ShouldFail("\"\"\"\nline two \uD800\"\"\"", "Invalid character within String: U+D800.", 2, 10);
    }

    [Fact]
    public void Advance_UnpairedSurrogateOutsideString_ThrowsInvalidCharacter()
    {
        ShouldFail("\uDEAD", "Invalid character: U+DEAD.", 1, 1);
        ShouldFail("\uD800", "Invalid character: U+D800.", 1, 1);
        ShouldFail("\uD800x", "Invalid character: U+D800.", 1, 1);
        ShouldFail("\uDC00\uD800", "Invalid character: U+DC00.", 1, 1);
        ShouldFail("# Invalid surrogate \uDEAD", "Invalid character: U+DEAD.", 1, 21);
    }

    [Fact]
    public void Advance_SurrogatePairOutsideString_ThrowsUnexpectedCodePoint()
    {
        ShouldFail("\uD800\uDC00", "Unexpected character: U+10000.", 1, 1);
        ShouldFail("\uDBFF\uDFFF", "Unexpected character: U+10FFFF.", 1, 1);
    }

    [Fact]
    public void Advance_AnyIgnoredCharactersBeforeAName_StartsTheNameRightAfterThem()
    {
        // Indentation is skipped several spaces at a time: runs of every length, mixed with the other ignored characters.
        var ignored = Gen.Elements(" ", " ", " ", "  ", "        ", "\t", "\n", "\r", "\r\n", ",", "\uFEFF", "# c\n");
        Prop.ForAll(
                Gen.ArrayOf(ignored).Select(string.Concat).ToArbitrary(),
                prefix =>
                {
                    var lexer = new Lexer(new Source(prefix + "name   "));
                    return lexer.Advance() == new Token(TokenKind.Name, prefix.Length, prefix.Length + 4)
                        && lexer.Advance() == new Token(TokenKind.EndOfFile, prefix.Length + 7, prefix.Length + 7);
                })
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(33)]
    public void Advance_IndentationUpToTheEnd_ReturnsEndOfFile(int spaces)
    {
        var text = "a\n" + new string(' ', spaces);

        var lexer = new Lexer(new Source(text));
        lexer.Advance();

        lexer.Advance().ShouldBe(new Token(TokenKind.EndOfFile, text.Length, text.Length));
    }

    [Fact]
    public void Peek_AfterAString_KeepsTheCurrentTokenForTheParser()
    {
        // The parser peeks past a description: the description's value must survive the peek.
        var document = Parser.Parse("\"described\" type T { f: Int }");

        ((ObjectTypeDefinitionNode)document.Definitions[0]).Description!.Value.ShouldBe("described");
    }
}
