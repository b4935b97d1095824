using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// A visitor for <see cref="Visitor.Visit(AstNode, AstVisitor)"/>: called on entering every node
/// (before its children) and on leaving it (after them). Override what you need; both default to
/// <see cref="VisitAction.Continue"/>.
/// </summary>
public abstract class AstVisitor
{
    /// <summary>Called before the node's children are visited.</summary>
    /// <param name="node">The node.</param>
    /// <param name="context">The node's parent, ancestors and path (valid only during this call).</param>
    /// <returns>Continue, Skip (the children and the matching leave) or Break.</returns>
    public virtual VisitAction Enter(AstNode node, VisitorContext context) => VisitAction.Continue;

    /// <summary>Called after the node's children were visited.</summary>
    /// <param name="node">The node.</param>
    /// <param name="context">The node's parent, ancestors and path (valid only during this call).</param>
    /// <returns>Continue or Break (Skip means Continue here).</returns>
    public virtual VisitAction Leave(AstNode node, VisitorContext context) => VisitAction.Continue;
}
