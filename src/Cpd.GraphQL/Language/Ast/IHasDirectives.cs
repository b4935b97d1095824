namespace Cpd.GraphQL.Language.Ast;

/// <summary>A node that may carry directives (used by directive validation, whatever the node kind).</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the node, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}
