using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Argument Names (spec §5.4.2 "Argument Uniqueness"): a field or directive is given each argument once.</summary>
internal sealed class UniqueArgumentNamesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Field, NodeKind.Directive);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.Field:
                Check(((FieldNode)node).Arguments);
                return VisitAction.Continue;
            case NodeKind.Directive:
                Check(((DirectiveNode)node).Arguments);
                return VisitAction.Skip;
            default:
                return VisitAction.Continue;
        }
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (!RuleGrouping.HasDuplicate(arguments, static a => a.Name))
        {
            return;
        }

        foreach (var group in RuleGrouping.ByName(arguments, static a => a.Name))
        {
            if (group.Count > 1)
            {
                context.ReportError(ValidationErrors.Create($"There can be only one argument named \"{group[0].Value}\".", group));
            }
        }
    }
}
