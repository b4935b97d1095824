using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>The base of every named type: its name, description and, for types built from SDL, their syntax nodes.</summary>
public abstract class NamedType : INamedType
{
    private string? _name;

    /// <summary>Creates a named type whose name is known now.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="description">The type's description.</param>
    protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _name = name;
        Description = description;
    }

    /// <summary>Creates a named type that a schema builder names later (descriptor-configured types).</summary>
    protected NamedType()
    {
    }

    /// <inheritdoc/>
    public string Name => _name ?? throw new InvalidOperationException($"The type {GetType().Name} has not been configured yet; add it to a SchemaBuilder.");

    /// <inheritdoc/>
    public string? Description { get; private protected set; }

    /// <inheritdoc/>
    public abstract TypeKind Kind { get; }

    /// <summary>The definition this type was built from, when it was built from SDL.</summary>
    public AstNode? SyntaxNode { get; private protected set; }

    /// <summary>The extensions (<c>extend type …</c>) applied to this type, when built from SDL.</summary>
    public IReadOnlyList<AstNode> ExtensionSyntaxNodes { get; private protected set; } = [];

    /// <summary>Whether the name was set (descriptor-configured types are named by the builder).</summary>
    internal bool IsNamed => _name is not null;

    /// <summary>Sets the name, description and syntax of a type configured after construction.</summary>
    internal void SetIdentity(string name, string? description, AstNode? syntaxNode = null, IReadOnlyList<AstNode>? extensions = null)
    {
        _name = name;
        Description = description;
        SyntaxNode = syntaxNode;
        ExtensionSyntaxNodes = extensions ?? [];
    }

    /// <summary>Forces lazily defined members (fields, interfaces, values) so that the type is immutable afterwards.</summary>
    internal virtual void Complete()
    {
    }

    /// <summary>The type's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
