using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first, calling an <see cref="AstVisitor"/> on entering and leaving
/// every node. The walk is iterative (an explicit stack), so a tree of any depth is safe.
/// </summary>
public static class Visitor
{
    /// <summary>Walks the tree under <paramref name="root"/> (including it).</summary>
    /// <param name="root">The node to start at.</param>
    /// <param name="visitor">The visitor to call.</param>
    public static void Visit(AstNode root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        var stack = new WalkStack();
        var context = new VisitorContext(stack);
        context.Set(0, null, -1);
        var action = visitor.Enter(root, context);
        if (action != VisitAction.Continue)
        {
            return;
        }

        stack.Push(root, null, -1);
        while (stack.Count > 0)
        {
            ref var top = ref stack.Frames[stack.Count - 1];
            if (top.Cursor < top.ChildEnd)
            {
                var child = stack.Children[top.Cursor++];
                context.Set(stack.Count, child.Key, child.Index);
                action = visitor.Enter(child.Node, context);
                if (action == VisitAction.Break)
                {
                    return;
                }

                if (action == VisitAction.Continue)
                {
                    stack.Push(child.Node, child.Key, child.Index);
                }

                continue;
            }

            var node = top.Node;
            var key = top.Key;
            var index = top.Index;
            stack.Pop();
            context.Set(stack.Count, key, index);
            if (visitor.Leave(node, context) == VisitAction.Break)
            {
                return;
            }
        }
    }
}
