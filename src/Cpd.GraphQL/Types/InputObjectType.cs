using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>
/// An input object type. Coerced values are <see cref="IReadOnlyDictionary{TKey, TValue}"/> of field name to value,
/// unless the type is bound to a CLR type, in which case coercion produces that CLR object.
/// </summary>
public class InputObjectType : NamedType, IInputType
{
    private Func<IEnumerable<InputField>>? _fieldsThunk;
    private FieldCollection<InputField>? _fields;
    private Func<IReadOnlyDictionary<string, object?>, object>? _factory;

    /// <summary>Creates an input object type whose fields are produced lazily.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="fields">Produces the fields.</param>
    /// <param name="description">The description.</param>
    /// <param name="isOneOf">Whether exactly one field must be given (<c>@oneOf</c>).</param>
    public InputObjectType(string name, Func<IEnumerable<InputField>> fields, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
        IsOneOf = isOneOf;
    }

    /// <summary>Creates an input object type from fields known now.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="description">The description.</param>
    /// <param name="isOneOf">Whether exactly one field must be given (<c>@oneOf</c>).</param>
    public InputObjectType(string name, IEnumerable<InputField> fields, string? description = null, bool isOneOf = false)
        : this(name, () => fields, description, isOneOf)
    {
    }

    /// <summary>Creates an input object type configured later by a schema builder (see <see cref="InputObjectType{T}"/>).</summary>
    protected InputObjectType()
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Whether this is a OneOf input object: exactly one field, non-null, must be given.</summary>
    public bool IsOneOf { get; private set; }

    /// <summary>The CLR type coerced values are bound to, when any.</summary>
    public Type? RuntimeType { get; private set; }

    /// <summary>The fields in definition order, with lookup by name.</summary>
    public FieldCollection<InputField> Fields => _fields ??= new FieldCollection<InputField>(
        (_fieldsThunk ?? throw new InvalidOperationException($"The input type {GetType().Name} has not been configured yet."))());

    /// <summary>Turns coerced field values into the runtime value: the bound CLR object, or the dictionary itself.</summary>
    /// <param name="fields">The coerced field values (defaults applied).</param>
    /// <returns>The runtime value.</returns>
    public object CreateRuntimeValue(IReadOnlyDictionary<string, object?> fields) => _factory is null ? fields : _factory(fields);

    /// <summary>Sets the members of an input object configured by a builder.</summary>
    internal void Define(string name, string? description, Func<IEnumerable<InputField>> fields, bool isOneOf, AstNode? syntaxNode = null, IReadOnlyList<AstNode>? extensions = null)
    {
        SetIdentity(name, description, syntaxNode, extensions);
        _fieldsThunk = fields;
        _fields = null;
        IsOneOf = isOneOf;
    }

    /// <summary>Binds coerced values to a CLR type through a compiled factory.</summary>
    internal void SetRuntime(Type runtimeType, Func<IReadOnlyDictionary<string, object?>, object> factory)
    {
        RuntimeType = runtimeType;
        _factory = factory;
    }

    internal override void Complete()
    {
        foreach (var field in Fields)
        {
            field.Complete();
        }

        _fieldsThunk = null;
    }
}
