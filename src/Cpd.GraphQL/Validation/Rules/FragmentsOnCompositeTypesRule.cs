using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Fragments On Composite Types (spec §5.5.1.3 "Fragments On Composite Types"): fragments and inline
/// fragments condition only on objects, interfaces and unions.
/// </summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.InlineFragment, NodeKind.FragmentDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (TypeFromAst.GetType(context.Schema, condition) is { } inlineType && !inlineType.IsCompositeType())
                {
                    context.ReportError(ValidationErrors.Create($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition));
                }

                return VisitAction.Continue;
            case FragmentDefinitionNode fragment:
                if (TypeFromAst.GetType(context.Schema, fragment.TypeCondition) is { } type && !type.IsCompositeType())
                {
                    context.ReportError(ValidationErrors.Create($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".", fragment.TypeCondition));
                }

                return VisitAction.Continue;
            default:
                return RuleVisits.IntoSelections(node);
        }
    }
}
