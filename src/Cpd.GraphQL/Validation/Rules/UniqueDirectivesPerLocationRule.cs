using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Unique Directives Per Location (spec §5.7.3 "Directives Are Unique Per Location"): a non-repeatable
/// directive is applied at most once to a node (for types and the schema: across their extensions too).
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    // The nodes that carry directives.
    private static readonly ulong EnterMask = NodeKinds.Of(
        NodeKind.OperationDefinition, NodeKind.FragmentDefinition, NodeKind.VariableDefinition, NodeKind.Field, NodeKind.FragmentSpread,
        NodeKind.InlineFragment, NodeKind.SchemaDefinition, NodeKind.SchemaExtension, NodeKind.ScalarTypeDefinition, NodeKind.ScalarTypeExtension,
        NodeKind.ObjectTypeDefinition, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeDefinition, NodeKind.InterfaceTypeExtension,
        NodeKind.UnionTypeDefinition, NodeKind.UnionTypeExtension, NodeKind.EnumTypeDefinition, NodeKind.EnumTypeExtension,
        NodeKind.InputObjectTypeDefinition, NodeKind.InputObjectTypeExtension, NodeKind.FieldDefinition, NodeKind.InputValueDefinition,
        NodeKind.EnumValueDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;
    private Dictionary<string, DirectiveNode>? _local;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return VisitAction.Continue;
        }

        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                break;
            case TypeDefinitionNode type:
                seen = TypeMap(type.Name.Value);
                break;
            case TypeExtensionNode extension:
                seen = TypeMap(extension.Name.Value);
                break;
            default:
                if (withDirectives.Directives.Count == 1)
                {
                    return VisitAction.Continue;
                }

                seen = _local ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                seen.Clear();
                break;
        }

        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            var definition = context.GetDirectiveDefinition(name);
            if (definition.IsKnown && !definition.IsRepeatable)
            {
                if (seen.TryGetValue(name, out var previous))
                {
                    context.ReportError(ValidationErrors.Create($"The directive \"@{name}\" can only be used once at this location.", previous, directive));
                }
                else
                {
                    seen.Add(name, directive);
                }
            }
        }

        return VisitAction.Continue;
    }

    private Dictionary<string, DirectiveNode> TypeMap(string typeName)
    {
        _typeDirectives ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        if (!_typeDirectives.TryGetValue(typeName, out var map))
        {
            map = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            _typeDirectives.Add(typeName, map);
        }

        return map;
    }
}
