using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A field of an object or interface type (or a meta-field such as <c>__typename</c>).</summary>
public sealed class OutputField : IHasName
{
    /// <summary>Creates a field.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its output type.</param>
    /// <param name="resolver">Its resolver; when omitted the schema's default resolver (property or dictionary lookup) is used.</param>
    /// <param name="arguments">Its arguments in definition order.</param>
    /// <param name="description">Its description.</param>
    /// <param name="deprecationReason">Why it is deprecated.</param>
    /// <param name="syntaxNode">The SDL definition it was built from.</param>
    public OutputField(
        string name,
        IOutputType type,
        FieldResolver? resolver = null,
        IEnumerable<Argument>? arguments = null,
        string? description = null,
        string? deprecationReason = null,
        AstNode? syntaxNode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Resolver = resolver!;
        Arguments = arguments is null ? FieldCollection<Argument>.Empty : new FieldCollection<Argument>(arguments);
        Description = description;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>The output type.</summary>
    public IOutputType Type { get; }

    /// <summary>The arguments in definition order, with lookup by name.</summary>
    public FieldCollection<Argument> Arguments { get; }

    /// <summary>The resolver. Never <see langword="null"/> once the field belongs to a built schema.</summary>
    public FieldResolver Resolver { get; private set; }

    /// <summary>
    /// When not <see langword="null"/>, the field's value depends only on its parent value (a compiled property or
    /// dictionary read) and the executor may call this instead of <see cref="Resolver"/> without creating a context.
    /// </summary>
    public Func<object?, object?>? PureResolver { get; private set; }

    /// <summary>Why it is deprecated, or <see langword="null"/>.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition it was built from, if any.</summary>
    public AstNode? SyntaxNode { get; }

    /// <summary>Whether the resolver was given explicitly (not the default).</summary>
    internal bool HasResolver => Resolver is not null;

    /// <summary>Sets the resolver (used by builders and for the default resolver).</summary>
    internal void SetResolver(FieldResolver resolver, Func<object?, object?>? pure = null)
    {
        Resolver = resolver;
        PureResolver = pure;
    }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
