using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <content>Type system definitions and extensions (spec 3).</content>
public sealed partial class Parser
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DirectiveLocations =
        new HashSet<string>(
            [
                "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
                "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
                "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
                "INPUT_FIELD_DEFINITION",
            ],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseOperationTypesAfterBrace();
        return new SchemaDefinitionNode(description, directives, operationTypes, Loc(start));
    }

    private OperationTypeDefinitionNode[] ParseOperationTypesAfterBrace()
    {
        var mark = _scratch.Count;
        do
        {
            var start = _token.Start;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            _scratch.Add(new OperationTypeDefinitionNode(operation, type, Loc(start)));
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<OperationTypeDefinitionNode>(mark);
    }

    // ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, Loc(start));
    }

    // ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    // ImplementsInterfaces : implements &? NamedType ( & NamedType )*
    private NamedTypeNode[]? ParseImplementsInterfaces()
        => ExpectOptionalKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Amp) : null;

    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var mark = _scratch.Count;
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return PopList<NamedTypeNode>(mark);
    }

    // FieldsDefinition : { FieldDefinition+ }
    private FieldDefinitionNode[]? ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            _scratch.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<FieldDefinitionNode>(mark);
    }

    // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
    }

    // ArgumentsDefinition : ( InputValueDefinition+ ); InputFieldsDefinition : { InputValueDefinition+ }
    private InputValueDefinitionNode[]? ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            _scratch.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return PopList<InputValueDefinitionNode>(mark);
    }

    // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
    }

    // InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    // UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
    }

    // UnionMemberTypes : = |? NamedType ( | NamedType )*
    private NamedTypeNode[]? ParseUnionMemberTypes()
        => ExpectOptional(TokenKind.EqualsSign) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : null;

    // EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
    }

    // EnumValuesDefinition : { EnumValueDefinition+ }
    private EnumValueDefinitionNode[]? ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            var start = _token.Start;
            var description = ParseDescription();
            var name = ParseEnumValueName();
            var directives = ParseDirectives(isConst: true);
            _scratch.Add(new EnumValueDefinitionNode(description, name, directives, Loc(start)));
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<EnumValueDefinitionNode>(mark);
    }

    // EnumValue : Name but not `true`, `false` or `null`
    private NameNode ParseEnumValueName()
    {
        if (IsKeyword(_token, "true") || IsKeyword(_token, "false") || IsKeyword(_token, "null"))
        {
            throw SyntaxErrors.At(
                _source,
                _token.Start,
                $"{SyntaxErrors.TokenDescription(_source, CurrentToken)} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    // InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }

    // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var mark = _scratch.Count;
        do
        {
            var token = _token;
            var location = ParseName();
            if (!DirectiveLocations.Contains(_body.AsSpan(token.Start, token.End - token.Start)))
            {
                throw Unexpected(token);
            }

            _scratch.Add(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode(description, name, arguments, repeatable, PopList<NameNode>(mark), Loc(start));
    }

    // TypeSystemExtension : SchemaExtension | TypeExtension
    private DefinitionNode ParseTypeSystemExtension()
    {
        var start = _token.Start;
        var keyword = _lexer.Peek();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_body.AsSpan(keyword.Start, keyword.End - keyword.Start))
            {
                case "schema":
                    return ParseSchemaExtension(start);
                case "scalar":
                    return ParseScalarTypeExtension(start);
                case "type":
                case "interface":
                    return ParseObjectOrInterfaceExtension(start, isInterface: IsKeyword(keyword, "interface"));
                case "union":
                    return ParseUnionTypeExtension(start);
                case "enum":
                    return ParseEnumTypeExtension(start);
                case "input":
                    return ParseInputObjectTypeExtension(start);
            }
        }

        throw Unexpected(keyword);
    }

    // SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaExtensionNode ParseSchemaExtension(int start)
    {
        Advance();
        Advance();
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ExpectOptional(TokenKind.BraceL) ? ParseOperationTypesAfterBrace() : null;
        if (directives is null && operationTypes is null)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    // ScalarTypeExtension : extend scalar Name Directives[Const]
    private ScalarTypeExtensionNode ParseScalarTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true) ?? throw Unexpected();
        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    // ObjectTypeExtension / InterfaceTypeExtension :
    //   extend type|interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)
    private TypeExtensionNode ParseObjectOrInterfaceExtension(int start, bool isInterface)
    {
        Advance();
        Advance();
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces is null && directives is null && fields is null)
        {
            throw Unexpected();
        }

        return isInterface
            ? new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start))
            : new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    // UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    private UnionTypeExtensionNode ParseUnionTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives is null && types is null)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    // EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    private EnumTypeExtensionNode ParseEnumTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives is null && values is null)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    // InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(int start)
    {
        Advance();
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        if (directives is null && fields is null)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }
}
