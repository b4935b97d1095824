using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <content>Values, type references and directives (spec 2.9 to 2.12).</content>
public sealed partial class Parser
{
    // Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
    //              | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(_body.Substring(token.Start, token.End - token.Start), Loc(token.Start));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(_body.Substring(token.Start, token.End - token.Start), Loc(token.Start));
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue();
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (_token.Kind == TokenKind.Name)
                    {
                        var name = _body.AsSpan(_token.Start, _token.End - _token.Start).ToString();
                        throw SyntaxErrors.At(_source, token.Start, $"Unexpected variable \"${name}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    // ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var start = _token.Start;
        EnterLevel();
        Expect(TokenKind.BracketL);
        var mark = _scratch.Count;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            _scratch.Add(ParseValueLiteral(isConst));
        }

        LeaveLevel();
        return new ListValueNode(PopList<ValueNode>(mark), Loc(start));
    }

    // ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token.Start;
        EnterLevel();
        Expect(TokenKind.BraceL);
        var mark = _scratch.Count;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = _token.Start;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ObjectFieldNode(name, value, Loc(fieldStart)));
        }

        LeaveLevel();
        return new ObjectValueNode(PopList<ObjectFieldNode>(mark), Loc(start));
    }

    // BooleanValue : one of true false
    // NullValue : null
    // EnumValue : Name but not true, false or null
    private ValueNode ParseNameValue()
    {
        var start = _token.Start;
        switch (_body.AsSpan(start, _token.End - start))
        {
            case "true":
                Advance();
                return new BooleanValueNode(true, Loc(start));
            case "false":
                Advance();
                return new BooleanValueNode(false, Loc(start));
            case "null":
                Advance();
                return new NullValueNode(Loc(start));
            default:
                var name = CurrentName();
                Advance();
                return new EnumValueNode(name, Loc(start));
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        var value = _tokenValue!;
        Advance();
        return new StringValueNode(value, token.Kind == TokenKind.BlockString, Loc(token.Start));
    }

    private bool PeekDescription() => _token.Kind is TokenKind.String or TokenKind.BlockString;

    // Description : StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // Directives[Const] : Directive[?Const]+
    private DirectiveNode[]? ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return null;
        }

        var mark = _scratch.Count;
        while (Peek(TokenKind.At))
        {
            var start = _token.Start;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _scratch.Add(new DirectiveNode(name, arguments, Loc(start)));
        }

        return PopList<DirectiveNode>(mark);
    }

    // Type : NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = _token.Start;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterLevel();
            Advance();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            LeaveLevel();
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    // NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        var start = _token.Start;
        var name = ParseName();
        return new NamedTypeNode(name, Loc(start));
    }
}
