namespace Cpd.GraphQL.Language;

/// <summary>What a visitor tells the walker to do next.</summary>
public enum VisitAction
{
    /// <summary>Go on: into the node's children after <see cref="AstVisitor.Enter"/>, on to the next node after <see cref="AstVisitor.Leave"/>.</summary>
    Continue,

    /// <summary>From <see cref="AstVisitor.Enter"/>: do not visit this node's children, and do not call <see cref="AstVisitor.Leave"/> for it.</summary>
    Skip,

    /// <summary>Stop the whole walk now.</summary>
    Break,
}
