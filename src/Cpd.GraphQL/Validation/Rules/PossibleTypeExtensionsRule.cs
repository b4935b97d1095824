using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Possible Type Extensions (SDL, spec §3.4.3 "Type Extensions"): an extension extends a defined type of the same kind.</summary>
internal sealed class PossibleTypeExtensionsRule : AstVisitor
{
    private readonly SdlValidationContext _context;
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);

    public PossibleTypeExtensionsRule(SdlValidationContext context)
    {
        _context = context;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedTypes[type.Name.Value] = type;
            }
        }
    }

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is TypeExtensionNode extension)
        {
            Check(extension);
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private void Check(TypeExtensionNode node)
    {
        var typeName = node.Name.Value;
        _definedTypes.TryGetValue(typeName, out var definition);
        var existing = _context.Schema?.GetType(typeName);
        NodeKind? expected = definition is not null ? ExtensionKind(definition.Kind) : existing is not null ? ExtensionKind(existing) : null;
        if (expected is not null)
        {
            if (expected != node.Kind)
            {
                var message = $"Cannot extend non-{KindName(node.Kind)} type \"{typeName}\".";
                _context.ReportError(definition is not null ? ValidationErrors.Create(message, definition, node) : ValidationErrors.Create(message, node));
            }

            return;
        }

        var names = new List<string>(_definedTypes.Keys);
        if (_context.Schema is { } schema)
        {
            foreach (var type in schema.Types)
            {
                names.Add(type.Name);
            }
        }

        _context.ReportError(ValidationErrors.Create(
            $"Cannot extend type \"{typeName}\" because it is not defined." + SuggestionList.DidYouMean(SuggestionList.Suggest(typeName, names)), node.Name));
    }

    private static NodeKind? ExtensionKind(NodeKind definitionKind) => definitionKind switch
    {
        NodeKind.ScalarTypeDefinition => NodeKind.ScalarTypeExtension,
        NodeKind.ObjectTypeDefinition => NodeKind.ObjectTypeExtension,
        NodeKind.InterfaceTypeDefinition => NodeKind.InterfaceTypeExtension,
        NodeKind.UnionTypeDefinition => NodeKind.UnionTypeExtension,
        NodeKind.EnumTypeDefinition => NodeKind.EnumTypeExtension,
        NodeKind.InputObjectTypeDefinition => NodeKind.InputObjectTypeExtension,
        _ => null,
    };

    private static NodeKind? ExtensionKind(INamedType type) => type switch
    {
        ScalarType => NodeKind.ScalarTypeExtension,
        ObjectType => NodeKind.ObjectTypeExtension,
        InterfaceType => NodeKind.InterfaceTypeExtension,
        UnionType => NodeKind.UnionTypeExtension,
        EnumType => NodeKind.EnumTypeExtension,
        InputObjectType => NodeKind.InputObjectTypeExtension,
        _ => null,
    };

    private static string KindName(NodeKind kind) => kind switch
    {
        NodeKind.ScalarTypeExtension => "scalar",
        NodeKind.ObjectTypeExtension => "object",
        NodeKind.InterfaceTypeExtension => "interface",
        NodeKind.UnionTypeExtension => "union",
        NodeKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
