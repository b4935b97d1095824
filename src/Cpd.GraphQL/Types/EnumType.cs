using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Types;

/// <summary>An enum type: a closed set of named values, each standing for a runtime value.</summary>
public class EnumType : NamedType, ILeafType
{
    private Func<IEnumerable<EnumValue>>? _valuesThunk;
    private FieldCollection<EnumValue>? _values;
    private Dictionary<object, EnumValue>? _byRuntimeValue;

    /// <summary>Creates an enum type.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="values">The values in definition order.</param>
    /// <param name="description">The description.</param>
    /// <param name="runtimeType">The CLR enum the values stand for, if any.</param>
    public EnumType(string name, IEnumerable<EnumValue> values, string? description = null, Type? runtimeType = null)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(values);
        _valuesThunk = () => values;
        RuntimeType = runtimeType;
    }

    /// <summary>Creates an enum type configured later by a schema builder (see <see cref="EnumType{T}"/>).</summary>
    protected EnumType()
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The CLR type of the runtime values, when known.</summary>
    public Type? RuntimeType { get; private set; }

    /// <summary>The values in definition order, with lookup by name.</summary>
    public FieldCollection<EnumValue> Values => _values ??= new FieldCollection<EnumValue>(
        (_valuesThunk ?? throw new InvalidOperationException($"The enum {GetType().Name} has not been configured yet."))());

    /// <summary>The value with a name, or <see langword="null"/>.</summary>
    /// <param name="name">The GraphQL name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public EnumValue? GetValue(string name) => Values.Find(name);

    /// <summary>The value standing for a runtime value, or <see langword="null"/>.</summary>
    /// <param name="runtimeValue">The runtime value.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public EnumValue? GetValueByRuntimeValue(object runtimeValue)
    {
        ArgumentNullException.ThrowIfNull(runtimeValue);
        var map = _byRuntimeValue ??= BuildRuntimeMap();
        return map.GetValueOrDefault(runtimeValue);
    }

    /// <inheritdoc/>
    public virtual object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is not null && GetValueByRuntimeValue(runtimeValue) is { } value)
        {
            return value.Name;
        }

        throw BuiltInScalars.Error($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(runtimeValue)}");
    }

    /// <inheritdoc/>
    public virtual object? ParseValue(object? inputValue)
    {
        if (inputValue is not string name)
        {
            var text = Inspector.Inspect(inputValue);
            throw BuiltInScalars.Error($"Enum \"{Name}\" cannot represent non-string value: {text}." + DidYouMean(text));
        }

        return GetValue(name)?.RuntimeValue
            ?? throw BuiltInScalars.Error($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
    }

    /// <inheritdoc/>
    public virtual object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = Printer.Print(literal);
        if (literal is not EnumValueNode node)
        {
            throw BuiltInScalars.Error($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMean(text));
        }

        return GetValue(node.Value)?.RuntimeValue
            ?? throw BuiltInScalars.Error($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMean(text));
    }

    /// <inheritdoc/>
    public virtual ValueNode? ValueToLiteral(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return null;
        }

        if (GetValueByRuntimeValue(runtimeValue) is { } byValue)
        {
            return AstFactory.Enum(byValue.Name);
        }

        return runtimeValue is string s && GetValue(s) is not null ? AstFactory.Enum(s) : null;
    }

    /// <summary>Sets the members of an enum configured by a builder.</summary>
    internal void Define(string name, string? description, Func<IEnumerable<EnumValue>> values, Type? runtimeType, AstNode? syntaxNode = null, IReadOnlyList<AstNode>? extensions = null)
    {
        SetIdentity(name, description, syntaxNode, extensions);
        _valuesThunk = values;
        _values = null;
        _byRuntimeValue = null;
        RuntimeType = runtimeType;
    }

    internal override void Complete()
    {
        _byRuntimeValue ??= BuildRuntimeMap();
        _valuesThunk = null;
    }

    private Dictionary<object, EnumValue> BuildRuntimeMap()
    {
        var map = new Dictionary<object, EnumValue>();
        foreach (var value in Values)
        {
            map.TryAdd(value.RuntimeValue, value);
        }

        return map;
    }

    private string DidYouMean(string unknown) =>
        SuggestionList.DidYouMean(SuggestionList.Suggest(unknown, Values.Names), "the enum value");
}
