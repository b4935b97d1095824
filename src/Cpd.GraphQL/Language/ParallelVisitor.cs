using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk (as validation runs all its rules). Each visitor skips and
/// breaks on its own: a visitor that skips a node sees nothing below it (nor its leave) while the
/// others go on; a visitor that breaks is called no more. The walk stops when all have broken.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private static readonly NullValueNode Broken = new(null);
    private readonly AstVisitor[] _visitors;
    private readonly AstNode?[] _skipping;

    /// <summary>Creates a visitor that calls each of <paramref name="visitors"/> in order at every node.</summary>
    /// <param name="visitors">The visitors.</param>
    public ParallelVisitor(IEnumerable<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new AstNode?[_visitors.Length];
    }

    /// <inheritdoc/>
    public override VisitAction Enter(AstNode node, VisitorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Depth == 0)
        {
            // A new walk starts: forget what the previous one skipped or broke.
            Array.Clear(_skipping);
        }

        var active = false;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, context))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitAction.Break:
                    _skipping[i] = Broken;
                    break;
                default:
                    active = true;
                    break;
            }
        }

        if (active)
        {
            return VisitAction.Continue;
        }

        // No visitor wants this subtree: skip it in the walk too (so its leave never comes).
        var anyAlive = false;
        for (var i = 0; i < _skipping.Length; i++)
        {
            if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }

            anyAlive |= !ReferenceEquals(_skipping[i], Broken);
        }

        return anyAlive ? VisitAction.Skip : VisitAction.Break;
    }

    /// <inheritdoc/>
    public override VisitAction Leave(AstNode node, VisitorContext context)
    {
        var anyAlive = false;
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (_visitors[i].Leave(node, context) == VisitAction.Break)
                {
                    _skipping[i] = Broken;
                    continue;
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }

            anyAlive |= !ReferenceEquals(_skipping[i], Broken);
        }

        return anyAlive ? VisitAction.Continue : VisitAction.Break;
    }
}
