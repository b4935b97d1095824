using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// A rule visitor that says which node kinds it reacts to, so that the walk calls it only there
/// (the others count as <see cref="VisitAction.Continue"/>).
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
    private readonly AstVisitor[] _rules;
    private readonly AstNode?[] _skipping;
    private readonly int[][] _enterByKind;
    private readonly int[][] _leaveByKind;
    private int _active;

    public RuleDispatcher(AstVisitor[] rules)
    {
        _rules = rules;
        _skipping = new AstNode?[rules.Length];
        _active = rules.Length;
        var kindCount = Enum.GetValues<NodeKind>().Length;
        _enterByKind = new int[kindCount][];
        _leaveByKind = new int[kindCount][];
        var enter = new List<int>();
        var leave = new List<int>();
        for (var kind = 0; kind < kindCount; kind++)
        {
            var bit = 1UL << kind;
            enter.Clear();
            leave.Clear();
            for (var i = 0; i < rules.Length; i++)
            {
                var filtered = rules[i] as IKindFilteredVisitor;
                if (filtered is null || (filtered.EnterKinds & bit) != 0)
                {
                    enter.Add(i);
                }

                if (filtered is null || (filtered.LeaveKinds & bit) != 0)
                {
                    leave.Add(i);
                }
            }

            _enterByKind[kind] = [.. enter];
            _leaveByKind[kind] = [.. leave];
        }
    }

    public override VisitAction Enter(AstNode node, VisitorContext context)
    {
        if (_active == 0)
        {
            return AllBroken() ? VisitAction.Break : VisitAction.Skip;
        }

        foreach (var i in _enterByKind[(int)node.Kind])
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_rules[i].Enter(node, context))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
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
        for (var i = 0; i < _skipping.Length; i++)
        {
            if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
                _active++;
            }
        }

        return AllBroken() ? VisitAction.Break : VisitAction.Skip;
    }

    public override VisitAction Leave(AstNode node, VisitorContext context)
    {
        foreach (var i in _leaveByKind[(int)node.Kind])
        {
            if (_skipping[i] is null && _rules[i].Leave(node, context) == VisitAction.Break)
            {
                _skipping[i] = Broken;
                _active--;
            }
        }

        // Rules that skipped this very node (and so got no leave for it) resume after it.
        if (_active < _rules.Length)
        {
            for (var i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _active++;
                }
            }
        }

        return _active == 0 && AllBroken() ? VisitAction.Break : VisitAction.Continue;
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
}
