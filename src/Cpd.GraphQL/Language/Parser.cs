using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// The GraphQL parser (spec section 2 and appendix C, September 2025 edition): a recursive-descent
/// parser over <see cref="Lexer"/> tokens that builds the immutable syntax tree. Recursion is bounded
/// by <see cref="ParserOptions.MaxDepth"/> and by a stack check, so no document can overflow the stack.
/// Errors are <see cref="GraphQLSyntaxException"/>s worded as graphql-js 17 words them.
/// </summary>
public sealed partial class Parser
{
    private readonly Source _source;
    private readonly string _body;
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly NodeStack _scratch;
    private readonly string?[] _recentNames;
    private readonly bool _noLocation;
    private readonly int _maxDepth;

    // The current token: kind and offsets only (a string token's value is in _tokenValue), so advancing copies no reference.
    private Token _token;
    private string? _tokenValue;
    private int _lastEnd;
    private int _tokensLeft;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _source = source;
        _body = source.Body;
        _options = options ?? ParserOptions.Default;
        _noLocation = _options.NoLocation;
        _maxDepth = _options.MaxDepth;
        _tokensLeft = _options.MaxTokens;
        if (_body.Length > _options.MaxDocumentLength)
        {
            throw SyntaxErrors.At(
                _source,
                _options.MaxDocumentLength,
                $"Source contains more than {_options.MaxDocumentLength} UTF-16 code units. Parsing aborted.");
        }

        _lexer = new Lexer(source);
        _recentNames = NameTable.RecentNames;
        _scratch = NodeStack.Rent();
        Advance();
    }

    /// <summary>Parses a document.</summary>
    /// <param name="text">The GraphQL text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(new Source(text), options);
    }

    /// <summary>Parses a document from a named source.</summary>
    /// <param name="source">The source.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        var document = parser.ParseDocument();
        parser._scratch.Return();
        return document;
    }

    /// <summary>Parses a document without throwing on a syntax error.</summary>
    /// <param name="text">The GraphQL text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <param name="document">The document, when the text parses.</param>
    /// <param name="error">The syntax error, when it does not.</param>
    /// <returns>True when the text parses.</returns>
    public static bool TryParse(
        string text,
        ParserOptions? options,
        [NotNullWhen(true)] out DocumentNode? document,
        [NotNullWhen(false)] out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            document = Parse(new Source(text), options);
            error = null;
            return true;
        }
        catch (GraphQLSyntaxException exception)
        {
            document = null;
            error = exception.Error;
            return false;
        }
    }

    /// <summary>Parses a single value literal (variables allowed), e.g. <c>[1, $x, { a: "b" }]</c>.</summary>
    /// <param name="text">The value's text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new Source(text), options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        parser._scratch.Return();
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables), e.g. a default value.</summary>
    /// <param name="text">The value's text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new Source(text), options);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        parser._scratch.Return();
        return value;
    }

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    /// <param name="text">The type's text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <returns>The type.</returns>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new Source(text), options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        parser._scratch.Return();
        return type;
    }

    // Document : Definition+
    private DocumentNode ParseDocument()
    {
        do
        {
            _scratch.Add(ParseDefinition());
        }
        while (_token.Kind != TokenKind.EndOfFile);

        return new DocumentNode(PopList<DefinitionNode>(0), _noLocation ? default : new SourceSpan(0, _body.Length, _source));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SourceSpan Loc(int start) => _noLocation ? default : new SourceSpan(start, _lastEnd, _source);

    private T[] PopList<T>(int mark)
        where T : AstNode
        => _scratch.Pop<T>(mark);

    // Not inlined: the lexer is inlined here, once, rather than into every production, whose frames and code it would bloat.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Advance()
    {
        _lastEnd = _token.End;
        var kind = _lexer.Next();
        _token = new Token(kind, _lexer.TokenStart, _lexer.TokenEnd);
        if (kind is TokenKind.String or TokenKind.BlockString)
        {
            _tokenValue = _lexer.TokenValue;
        }

        if (--_tokensLeft < 0 && kind != TokenKind.EndOfFile)
        {
            throw TooManyTokens();
        }
    }

    private GraphQLSyntaxException TooManyTokens()
        => SyntaxErrors.At(_source, _token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");

    /// <summary>Opens one nesting level at the current token; see <see cref="ParserOptions.MaxDepth"/>.</summary>
    /// <remarks>
    /// The stack check runs at levels 1, 17, 33, …: it guarantees far more stack than sixteen levels of recursion use,
    /// and it is not free (it reads the thread's stack bounds).
    /// </remarks>
    private void EnterLevel()
    {
        var depth = ++_depth;
        if (depth > _maxDepth || ((depth & 15) == 1 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw TooDeep();
        }
    }

    private GraphQLSyntaxException TooDeep()
        => SyntaxErrors.At(
            _source,
            _token.Start,
            $"Document is nested deeper than {Math.Min(_options.MaxDepth, _depth - 1)} levels. Parsing aborted.");

    private void LeaveLevel() => _depth--;

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Expected(kind);
        }

        Advance();
        return token;
    }

    private GraphQLSyntaxException Expected(TokenKind kind)
        => SyntaxErrors.At(
            _source,
            _token.Start,
            $"Expected {SyntaxErrors.KindDescription(kind)}, found {SyntaxErrors.TokenDescription(_source, CurrentToken)}.");

    /// <summary>The current token with its value (for messages).</summary>
    private Token CurrentToken => _token with { Value = _tokenValue };

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            throw SyntaxErrors.At(
                _source,
                _token.Start,
                $"Expected \"{keyword}\", found {SyntaxErrors.TokenDescription(_source, CurrentToken)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool IsKeyword(Token token, string keyword)
        => token.Kind == TokenKind.Name
            && token.End - token.Start == keyword.Length
            && _body.AsSpan(token.Start, keyword.Length).SequenceEqual(keyword);

    private GraphQLSyntaxException Unexpected() => Unexpected(CurrentToken);

    private GraphQLSyntaxException Unexpected(Token token)
        => SyntaxErrors.At(_source, token.Start, $"Unexpected {SyntaxErrors.TokenDescription(_source, token)}.");

    // Name :: /[_A-Za-z][_0-9A-Za-z]*/
    private NameNode ParseName()
    {
        if (_token.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        var start = _token.Start;
        var value = CurrentName();
        Advance();
        return new NameNode(value, Loc(start));
    }

    /// <summary>The shared string of the current token, a name.</summary>
    private string CurrentName()
        => NameTable.Get(_body.AsSpan(_token.Start, _token.End - _token.Start), _lexer.NameHash, _recentNames);
}
