using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <content>Definitions, operations, selections and fragments (spec 2.2 to 2.8).</content>
public sealed partial class Parser
{
    // Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and need one token of lookahead.
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Peek() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw SyntaxErrors.At(
                _source,
                _token.Start,
                "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (_body.AsSpan(keyword.Start, keyword.End - keyword.Start))
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw SyntaxErrors.At(
                    _source,
                    _token.Start,
                    "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (IsKeyword(keyword, "extend"))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // OperationDefinition :
    //   - SelectionSet
    //   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token.Start;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(null, OperationType.Query, null, null, null, selectionSet, Loc(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selections = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variables, directives, selections, Loc(start));
    }

    // OperationType : one of query mutation subscription
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return _body.AsSpan(token.Start, token.End - token.Start) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    // VariablesDefinition : ( VariableDefinition+ )
    private VariableDefinitionNode[]? ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            _scratch.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<VariableDefinitionNode>(mark);
    }

    // VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives, Loc(start));
    }

    // Variable : $ Name
    private VariableNode ParseVariable()
    {
        var start = _token.Start;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, Loc(start));
    }

    // SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token.Start;
        EnterLevel();
        Expect(TokenKind.BraceL);
        var mark = _scratch.Count;
        if (!(_options.AllowEmptySelectionSets && ExpectOptional(TokenKind.BraceR)))
        {
            do
            {
                _scratch.Add(ParseSelection());
            }
            while (!ExpectOptional(TokenKind.BraceR));
        }

        LeaveLevel();
        return new SelectionSetNode(PopList<SelectionNode>(mark), Loc(start));
    }

    // Selection : Field | FragmentSpread | InlineFragment
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    // Field : Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = _token.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    // Arguments[Const] : ( Argument[?Const]+ )
    private ArgumentNode[]? ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            var start = _token.Start;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ArgumentNode(name, value, Loc(start)));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<ArgumentNode>(mark);
    }

    // FragmentSpread : ... FragmentName Directives?
    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = _token.Start;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    // FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(description, name, typeCondition, directives, selectionSet, Loc(start));
    }

    // FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (IsKeyword(_token, "on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
