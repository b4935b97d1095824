using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A value of an <see cref="EnumType"/>: its name in GraphQL and the runtime value it stands for.</summary>
public sealed class EnumValue : IHasName
{
    /// <summary>Creates an enum value.</summary>
    /// <param name="name">Its GraphQL name (e.g. <c>RED</c>).</param>
    /// <param name="runtimeValue">The runtime value it stands for; the name itself when omitted.</param>
    /// <param name="description">Its description.</param>
    /// <param name="deprecationReason">Why it is deprecated.</param>
    /// <param name="syntaxNode">The SDL definition it was built from.</param>
    public EnumValue(string name, object? runtimeValue = null, string? description = null, string? deprecationReason = null, AstNode? syntaxNode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        RuntimeValue = runtimeValue ?? name;
        Description = description;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The runtime value (a CLR enum member for code-first enums, the name for SDL enums).</summary>
    public object RuntimeValue { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>Why it is deprecated, or <see langword="null"/>.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition it was built from, if any.</summary>
    public AstNode? SyntaxNode { get; }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
