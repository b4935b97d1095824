using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Known Directives (spec §5.7.1 "Directives Are Defined" and §5.7.2 "Directives Are In Valid
/// Locations"): every directive used is defined (by the schema or the document) and allowed where it is used.
/// </summary>
internal sealed class KnownDirectivesRule : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Directive);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly AstValidationContext _context;

    public KnownDirectivesRule(AstValidationContext context)
    {
        _context = context;
    }

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.Directive:
                Check((DirectiveNode)node, visitorContext);
                return VisitAction.Skip;
            default:
                return VisitAction.Continue;
        }
    }

    private void Check(DirectiveNode node, VisitorContext visitorContext)
    {
        var name = node.Name.Value;
        var definition = _context.GetDirectiveDefinition(name);
        if (!definition.IsKnown)
        {
            _context.ReportError(ValidationErrors.Create($"Unknown directive \"@{name}\".", node));
            return;
        }

        var candidate = CandidateLocation(visitorContext);
        if (candidate is not null && !definition.AllowsLocation(candidate))
        {
            _context.ReportError(ValidationErrors.Create($"Directive \"@{name}\" may not be used on {candidate}.", node));
        }
    }

    private static string? CandidateLocation(VisitorContext visitorContext)
    {
        var ancestors = visitorContext.Ancestors;
        var appliedTo = visitorContext.Parent;
        var grandParent = ancestors.Count > 1 ? ancestors[^2] : null;
        return appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => "MUTATION",
                OperationType.Subscription => "SUBSCRIPTION",
                _ => "QUERY",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => grandParent is OperationDefinitionNode ? "VARIABLE_DEFINITION" : "FRAGMENT_VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => grandParent is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}
