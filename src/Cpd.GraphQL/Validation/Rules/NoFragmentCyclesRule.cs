using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// No Fragment Cycles (spec §5.5.2.2 "Fragment spreads must not form cycles"). The depth-first search
/// keeps its own stack so that a long chain of fragments cannot overflow the call stack.
/// </summary>
internal sealed class NoFragmentCyclesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.FragmentDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);
    private readonly List<Frame> _frames = [];

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case DocumentNode:
                return VisitAction.Continue;
            case FragmentDefinitionNode fragment:
                DetectCycles(fragment);
                return VisitAction.Skip;
            default:
                return VisitAction.Skip;
        }
    }

    private void DetectCycles(FragmentDefinitionNode root)
    {
        if (!TryStart(root))
        {
            return;
        }

        while (_frames.Count > 0)
        {
            var top = _frames[^1];
            if (top.Next >= top.Spreads.Count)
            {
                _spreadPathIndexByName.Remove(top.Name);
                _frames.RemoveAt(_frames.Count - 1);
                if (_frames.Count > 0)
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }

                continue;
            }

            var spread = top.Spreads[top.Next];
            _frames[^1] = top with { Next = top.Next + 1 };
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
            }
            else if (context.GetFragment(spreadName) is { } spreadFragment && TryStart(spreadFragment))
            {
                // The path entry is removed when the fragment's frame finishes.
                continue;
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
    }

    private bool TryStart(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return false;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _spreadPathIndexByName[name] = _spreadPath.Count;
        _frames.Add(new Frame(name, spreads, 0));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = string.Empty;
        for (var i = 0; i < cyclePath.Count - 1; i++)
        {
            via += (i == 0 ? string.Empty : ", ") + "\"" + cyclePath[i].Name.Value + "\"";
        }

        context.ReportError(ValidationErrors.Create(
            $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
            cyclePath));
    }

    private readonly record struct Frame(string Name, IReadOnlyList<FragmentSpreadNode> Spreads, int Next);
}
