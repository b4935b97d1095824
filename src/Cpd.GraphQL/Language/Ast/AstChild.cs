namespace Cpd.GraphQL.Language.Ast;

/// <summary>A child of a node: the child, the property it is held in, and its index in a list (or -1).</summary>
internal readonly record struct AstChild(AstNode Node, string Key, int Index);
