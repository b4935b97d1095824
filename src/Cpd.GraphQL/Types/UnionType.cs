using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A union of object types.</summary>
public class UnionType : NamedType, IAbstractType
{
    private readonly AbstractTypeResolution _resolution;
    private Func<IEnumerable<ObjectType>>? _typesThunk;
    private IReadOnlyList<ObjectType>? _types;

    /// <summary>Creates a union whose member types are produced lazily.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="types">Produces the member object types.</param>
    /// <param name="description">The description.</param>
    /// <param name="resolveType">Resolves the object type of a value; when omitted, <c>__typename</c> keys and each member's <see cref="ObjectType.IsOfType"/> are used.</param>
    public UnionType(string name, Func<IEnumerable<ObjectType>> types, string? description = null, TypeResolver? resolveType = null)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(types);
        _typesThunk = types;
        _resolution = new AbstractTypeResolution(this, resolveType);
    }

    /// <summary>Creates a union of member types known now.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="types">The member object types.</param>
    /// <param name="description">The description.</param>
    /// <param name="resolveType">Resolves the object type of a value.</param>
    public UnionType(string name, IEnumerable<ObjectType> types, string? description = null, TypeResolver? resolveType = null)
        : this(name, () => types, description, resolveType)
    {
    }

    /// <summary>Creates a union configured later by a schema builder.</summary>
    protected UnionType()
    {
        _resolution = new AbstractTypeResolution(this, null);
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member object types, in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types ??= [.. (_typesThunk ?? throw new InvalidOperationException($"The union {GetType().Name} has not been configured yet."))()];

    /// <inheritdoc/>
    public ObjectType? ResolveType(object value, IResolverContext context) => _resolution.Resolve(value, context);

    /// <summary>Sets the members of a union configured by a builder.</summary>
    internal void Define(string name, string? description, Func<IEnumerable<ObjectType>> types, AstNode? syntaxNode = null, IReadOnlyList<AstNode>? extensions = null)
    {
        SetIdentity(name, description, syntaxNode, extensions);
        _typesThunk = types;
        _types = null;
    }

    /// <summary>Whether the SDL listed members that were all rejected as not object types (validation then does not call it empty).</summary>
    internal bool HadRejectedMembers { get; set; }

    /// <summary>Replaces the type resolver (used by builders).</summary>
    internal void SetTypeResolver(TypeResolver? resolver) => _resolution.Resolver = resolver;

    internal override void Complete()
    {
        _ = Types;
        _typesThunk = null;
    }
}
