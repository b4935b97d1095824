using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Unique Directives Per Location (spec §5.7.3 "Directives Are Unique Per Location"): a non-repeatable
/// directive is applied at most once to a node (for types and the schema: across their extensions too).
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule : AstVisitor
{
    private readonly AstValidationContext _context;
    private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _local = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(AstValidationContext context)
    {
        _context = context;
        foreach (var directive in context.SchemaOrNull?.Directives ?? DirectiveType.SpecifiedDirectives)
        {
            _unique[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _unique[directiveDefinition.Name.Value] = !directiveDefinition.Repeatable;
            }
        }
    }

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.Name:
            case NodeKind.Argument:
            case NodeKind.Directive:
            case NodeKind.NamedType:
            case NodeKind.ListType:
            case NodeKind.NonNullType:
            case NodeKind.Variable:
                return VisitAction.Skip;
        }

        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return VisitAction.Continue;
        }

        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
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

                _local.Clear();
                seen = _local;
                break;
        }

        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            if (_unique.TryGetValue(name, out var unique) && unique)
            {
                if (seen.TryGetValue(name, out var previous))
                {
                    _context.ReportError(ValidationErrors.Create($"The directive \"@{name}\" can only be used once at this location.", previous, directive));
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
        if (!_typeDirectives.TryGetValue(typeName, out var map))
        {
            map = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            _typeDirectives.Add(typeName, map);
        }

        return map;
    }
}
