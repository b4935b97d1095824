using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// A rule visitor that says which node kinds it reacts to, so that the walk calls it only there
/// (the others count as <see cref="VisitAction.Continue"/>). Its visitor therefore needs no list of
/// node kinds to skip (names, types, variables, values): it is never called on them unless it asks.
/// </summary>
internal interface IKindFilteredVisitor
{
    /// <summary>The kinds (bit <c>1 &lt;&lt; kind</c>) whose <see cref="AstVisitor.Enter"/> the rule needs.</summary>
    ulong EnterKinds { get; }

    /// <summary>The kinds whose <see cref="AstVisitor.Leave"/> the rule needs.</summary>
    ulong LeaveKinds { get; }
}

/// <summary>Bit sets of <see cref="NodeKind"/>s.</summary>
internal static class NodeKinds
{
    public const ulong None = 0;

    public const ulong All = ulong.MaxValue;

    public static ulong Of(params ReadOnlySpan<NodeKind> kinds)
    {
        var mask = 0UL;
        foreach (var kind in kinds)
        {
            mask |= Bit(kind);
        }

        return mask;
    }

    public static ulong Bit(NodeKind kind) => 1UL << (int)kind;
}

/// <summary>
/// Runs all rules in one walk, with the language's <see cref="ParallelVisitor"/> semantics (each rule
/// skips and breaks on its own; the walk prunes a subtree every rule skips and stops when all broke),
/// but calls a rule only for the node kinds it declares (<see cref="IKindFilteredVisitor"/>; other
/// visitors get every node). Most rules react to one or two kinds, so this saves most of the calls.
/// </summary>
internal sealed class RuleDispatcher : AstVisitor
{
    private static readonly NullValueNode Broken = new(null);
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    // The last rule set's dispatch tables: a validation with the same rules (the usual case) reuses them instead of rebuilding
    // them (90 arrays and some 3,000 interface calls). A plan is immutable and published whole, so racing threads at worst rebuild.
    private static DispatchPlan? _lastPlan;

    private readonly AstVisitor[] _rules;
    private readonly AstNode?[] _skipping;
    private readonly DispatchPlan _plan;

    // The skips in force, innermost last: a skip ends when the walk leaves (or itself skips) the node it started at, so
    // they end in reverse order and the ones ending at a node are always on top. A rule skips at most once at a time.
    private readonly AstNode?[] _skipNodes;
    private readonly int[] _skipRules;
    private int _skipCount;
    private int _active;

    public RuleDispatcher(AstVisitor[] rules)
    {
        _rules = rules;
        _skipping = new AstNode?[rules.Length];
        _skipNodes = new AstNode?[rules.Length];
        _skipRules = new int[rules.Length];
        _active = rules.Length;
        var plan = _lastPlan;
        if (plan is null || !plan.Matches(rules))
        {
            plan = new DispatchPlan(rules);
            _lastPlan = plan;
        }

        _plan = plan;
    }

    public override VisitAction Enter(AstNode node, VisitorContext context)
    {
        if (_active == 0)
        {
            return AllBroken() ? VisitAction.Break : VisitAction.Skip;
        }

        var plan = _plan;
        var kind = (int)node.Kind;
        for (var r = plan.EnterStart[kind]; r < plan.EnterStart[kind + 1]; r++)
        {
            var i = plan.EnterRules[r];
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_rules[i].Enter(node, context))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
                    _skipNodes[_skipCount] = node;
                    _skipRules[_skipCount++] = i;
                    _active--;
                    break;
                case VisitAction.Break:
                    _skipping[i] = Broken;
                    _active--;
                    break;
            }
        }

        if (_active > 0)
        {
            return VisitAction.Continue;
        }

        // No rule wants this subtree: the walk skips it, so its leave never comes; end the skips it started.
        EndSkipsAt(node);
        return AllBroken() ? VisitAction.Break : VisitAction.Skip;
    }

    public override VisitAction Leave(AstNode node, VisitorContext context)
    {
        var plan = _plan;
        var kind = (int)node.Kind;
        for (var r = plan.LeaveStart[kind]; r < plan.LeaveStart[kind + 1]; r++)
        {
            var i = plan.LeaveRules[r];
            if (_skipping[i] is null && _rules[i].Leave(node, context) == VisitAction.Break)
            {
                _skipping[i] = Broken;
                _active--;
            }
        }

        // Rules that skipped this very node (and so got no leave for it) resume after it.
        EndSkipsAt(node);
        return _active == 0 && AllBroken() ? VisitAction.Break : VisitAction.Continue;
    }

    private void EndSkipsAt(AstNode node)
    {
        while (_skipCount > 0 && ReferenceEquals(_skipNodes[_skipCount - 1], node))
        {
            _skipCount--;
            _skipNodes[_skipCount] = null;
            _skipping[_skipRules[_skipCount]] = null;
            _active++;
        }
    }

    private bool AllBroken()
    {
        foreach (var skipping in _skipping)
        {
            if (!ReferenceEquals(skipping, Broken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per node kind, the rules to call on enter and on leave (flattened: kind k's rules are at [Start[k], Start[k + 1])).</summary>
    private sealed class DispatchPlan
    {
        private readonly ulong[] _enterMasks;
        private readonly ulong[] _leaveMasks;

        public DispatchPlan(AstVisitor[] rules)
        {
            _enterMasks = new ulong[rules.Length];
            _leaveMasks = new ulong[rules.Length];
            for (var i = 0; i < rules.Length; i++)
            {
                (_enterMasks[i], _leaveMasks[i]) = Masks(rules[i]);
            }

            (EnterStart, EnterRules) = Tables(_enterMasks);
            (LeaveStart, LeaveRules) = Tables(_leaveMasks);
        }

        public int[] EnterStart { get; }

        public int[] EnterRules { get; }

        public int[] LeaveStart { get; }

        public int[] LeaveRules { get; }

        public bool Matches(AstVisitor[] rules)
        {
            if (rules.Length != _enterMasks.Length)
            {
                return false;
            }

            for (var i = 0; i < rules.Length; i++)
            {
                var (enter, leave) = Masks(rules[i]);
                if (enter != _enterMasks[i] || leave != _leaveMasks[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static (ulong Enter, ulong Leave) Masks(AstVisitor rule) =>
            rule is IKindFilteredVisitor filtered ? (filtered.EnterKinds, filtered.LeaveKinds) : (NodeKinds.All, NodeKinds.All);

        private static (int[] Start, int[] Rules) Tables(ulong[] masks)
        {
            var start = new int[KindCount + 1];
            var rules = new List<int>();
            for (var kind = 0; kind < KindCount; kind++)
            {
                start[kind] = rules.Count;
                for (var i = 0; i < masks.Length; i++)
                {
                    if ((masks[i] & NodeKinds.Bit((NodeKind)kind)) != 0)
                    {
                        rules.Add(i);
                    }
                }
            }

            start[KindCount] = rules.Count;
            return (start, [.. rules]);
        }
    }
}
