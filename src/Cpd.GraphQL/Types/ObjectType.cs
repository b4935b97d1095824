namespace Cpd.GraphQL.Types;

/// <summary>An object type: a set of fields, possibly implementing interfaces.</summary>
public class ObjectType : ComplexOutputType
{
    private Func<object, bool>? _isOfType;

    /// <summary>Creates an object type whose fields and interfaces are produced lazily (so types may refer to each other).</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="fields">Produces the fields.</param>
    /// <param name="interfaces">Produces the implemented interfaces.</param>
    /// <param name="description">The description.</param>
    /// <param name="isOfType">Tells whether a runtime value is of this type (used to resolve abstract types).</param>
    /// <param name="runtimeType">The CLR type of values of this type, if any (default field resolvers and <c>IsOfType</c> use it).</param>
    public ObjectType(
        string name,
        Func<IEnumerable<OutputField>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces = null,
        string? description = null,
        Func<object, bool>? isOfType = null,
        Type? runtimeType = null)
        : base(name, fields, interfaces, description)
    {
        _isOfType = isOfType;
        RuntimeType = runtimeType;
    }

    /// <summary>Creates an object type from fields and interfaces known now.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="interfaces">The implemented interfaces.</param>
    /// <param name="description">The description.</param>
    /// <param name="isOfType">Tells whether a runtime value is of this type.</param>
    /// <param name="runtimeType">The CLR type of values of this type, if any.</param>
    public ObjectType(
        string name,
        IEnumerable<OutputField> fields,
        IEnumerable<InterfaceType>? interfaces = null,
        string? description = null,
        Func<object, bool>? isOfType = null,
        Type? runtimeType = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces, description, isOfType, runtimeType)
    {
    }

    /// <summary>Creates an object type configured later by a schema builder (see <see cref="ObjectType{T}"/>).</summary>
    protected ObjectType()
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The CLR type of values of this type, when known.</summary>
    public Type? RuntimeType { get; private set; }

    /// <summary>Whether this type can tell its values apart (an <c>isOfType</c> check or a CLR runtime type).</summary>
    public bool CanCheckValues => _isOfType is not null || RuntimeType is not null;

    /// <summary>
    /// Whether a runtime value is of this type: the configured check, else an instance test against
    /// <see cref="RuntimeType"/>, else a dictionary whose <c>__typename</c> is this type's name.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is of this type.</returns>
    public bool IsOfType(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_isOfType is not null)
        {
            return _isOfType(value);
        }

        if (RuntimeType is not null && RuntimeType != typeof(object))
        {
            return RuntimeType.IsInstanceOfType(value);
        }

        return AbstractTypeResolution.TypeNameOf(value) == Name;
    }

    /// <summary>Whether a custom <c>isOfType</c> check was given.</summary>
    internal bool HasCustomIsOfType => _isOfType is not null;

    /// <summary>Sets the runtime binding of a builder-configured type.</summary>
    internal void SetRuntime(Type? runtimeType, Func<object, bool>? isOfType)
    {
        RuntimeType = runtimeType;
        _isOfType = isOfType ?? _isOfType;
    }
}
