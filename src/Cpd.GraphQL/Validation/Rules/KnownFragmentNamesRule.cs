using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Known Fragment Names (spec §5.5.2.1 "Fragment spread target defined"): every spread names a defined fragment.</summary>
internal sealed class KnownFragmentNamesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.FragmentSpread);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError(ValidationErrors.Create($"Unknown fragment \"{spread.Name.Value}\".", spread.Name));
        }

        return RuleVisits.IntoSelections(node);
    }
}
