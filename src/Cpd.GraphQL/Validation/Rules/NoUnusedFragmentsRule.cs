using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>No Unused Fragments (spec §5.5.1.4 "Fragments Must Be Used"): every fragment is spread by some operation.</summary>
internal sealed class NoUnusedFragmentsRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition, NodeKind.FragmentDefinition);

    private static readonly ulong LeaveMask = NodeKinds.Of(NodeKind.Document);

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case DocumentNode:
                return VisitAction.Continue;
            case OperationDefinitionNode operation:
                _operations.Add(operation);
                break;
            case FragmentDefinitionNode fragment:
                _fragments.Add(fragment);
                break;
        }

        return VisitAction.Skip;
    }

    public override VisitAction Leave(AstNode node, VisitorContext visitorContext)
    {
        if (node is DocumentNode && _fragments.Count > 0)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.CollectReferencedFragments(_operations))
            {
                used.Add(fragment.Name.Value);
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(ValidationErrors.Create($"Fragment \"{fragment.Name.Value}\" is never used.", fragment));
                }
            }
        }

        return VisitAction.Continue;
    }
}
