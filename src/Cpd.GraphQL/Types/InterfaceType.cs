namespace Cpd.GraphQL.Types;

/// <summary>An interface type: fields that implementing object (and interface) types must provide.</summary>
public class InterfaceType : ComplexOutputType, IAbstractType
{
    private readonly AbstractTypeResolution _resolution;

    /// <summary>Creates an interface whose fields and interfaces are produced lazily.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="fields">Produces the fields.</param>
    /// <param name="interfaces">Produces the interfaces this interface implements.</param>
    /// <param name="description">The description.</param>
    /// <param name="resolveType">Resolves the object type of a value; when omitted, <c>__typename</c> keys and each possible type's <see cref="ObjectType.IsOfType"/> are used.</param>
    public InterfaceType(
        string name,
        Func<IEnumerable<OutputField>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces = null,
        string? description = null,
        TypeResolver? resolveType = null)
        : base(name, fields, interfaces, description)
    {
        _resolution = new AbstractTypeResolution(this, resolveType);
    }

    /// <summary>Creates an interface from fields known now.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="interfaces">The interfaces this interface implements.</param>
    /// <param name="description">The description.</param>
    /// <param name="resolveType">Resolves the object type of a value.</param>
    public InterfaceType(
        string name,
        IEnumerable<OutputField> fields,
        IEnumerable<InterfaceType>? interfaces = null,
        string? description = null,
        TypeResolver? resolveType = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces, description, resolveType)
    {
    }

    /// <summary>Creates an interface configured later by a schema builder.</summary>
    protected InterfaceType()
    {
        _resolution = new AbstractTypeResolution(this, null);
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc/>
    public ObjectType? ResolveType(object value, IResolverContext context) => _resolution.Resolve(value, context);

    /// <summary>Replaces the type resolver (used by builders).</summary>
    internal void SetTypeResolver(TypeResolver? resolver) => _resolution.Resolver = resolver;
}
