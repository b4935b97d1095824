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

    // One stack of parsed items for every list being built: a list's items are pushed above a mark
    // and popped into an exactly sized array, so no List<T> is allocated per list.
    private readonly List<AstNode> _scratch = [];
    private readonly bool _noLocation;
    private Token _token;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _source = source;
        _body = source.Body;
        _options = options ?? ParserOptions.Default;
        _noLocation = _options.NoLocation;
        if (_body.Length > _options.MaxDocumentLength)
        {
            throw SyntaxErrors.At(
                _source,
                _options.MaxDocumentLength,
                $"Source contains more than {_options.MaxDocumentLength} UTF-16 code units. Parsing aborted.");
        }

        _lexer = new Lexer(source);
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
        return new Parser(source, options).ParseDocument();
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

    private SourceSpan Loc(int start) => _noLocation ? default : new SourceSpan(start, _lastEnd, _source);

    private T[] PopList<T>(int mark)
        where T : AstNode
    {
        var count = _scratch.Count - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_scratch[mark + i];
        }

        _scratch.RemoveRange(mark, count);
        return items;
    }

    private void Advance()
    {
        _lastEnd = _token.End;
        _token = _lexer.Advance();
        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw SyntaxErrors.At(
                _source,
                _token.Start,
                $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Opens one nesting level at the current token; see <see cref="ParserOptions.MaxDepth"/>.</summary>
    private void EnterLevel()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw SyntaxErrors.At(
                _source,
                _token.Start,
                $"Document is nested deeper than {Math.Min(_options.MaxDepth, _depth - 1)} levels. Parsing aborted.");
        }
    }

    private void LeaveLevel() => _depth--;

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw SyntaxErrors.At(
                _source,
                token.Start,
                $"Expected {SyntaxErrors.KindDescription(kind)}, found {SyntaxErrors.TokenDescription(_source, token)}.");
        }

        Advance();
        return token;
    }

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
                $"Expected \"{keyword}\", found {SyntaxErrors.TokenDescription(_source, _token)}.");
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
        => token.Kind == TokenKind.Name && _body.AsSpan(token.Start, token.End - token.Start).SequenceEqual(keyword);

    private GraphQLSyntaxException Unexpected() => Unexpected(_token);

    private GraphQLSyntaxException Unexpected(Token token)
        => SyntaxErrors.At(_source, token.Start, $"Unexpected {SyntaxErrors.TokenDescription(_source, token)}.");

    // Name :: /[_A-Za-z][_0-9A-Za-z]*/
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(NameTable.Get(_body.AsSpan(token.Start, token.End - token.Start)), Loc(token.Start));
    }
}
