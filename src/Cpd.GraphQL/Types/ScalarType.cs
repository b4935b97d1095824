using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Types;

/// <summary>
/// A scalar type. The five built-ins are <see cref="Int"/>, <see cref="Float"/>, <see cref="String"/>,
/// <see cref="Boolean"/> and <see cref="ID"/>; a custom scalar either passes delegates to the constructor or
/// derives from this class and overrides the coercion methods.
/// </summary>
/// <remarks>
/// CLR values accepted by the built-ins as resolver results: <c>Int</c> — any CLR integer type within 32 bits, an
/// integral <c>double</c>/<c>float</c>/<c>decimal</c>, <c>bool</c> (1/0) or a numeric string; <c>Float</c> — any finite CLR
/// number, <c>bool</c> or a numeric string; <c>String</c> — <c>string</c>, <c>char</c>, <c>bool</c>, any finite number,
/// <c>Guid</c>, <c>Uri</c>; <c>Boolean</c> — <c>bool</c> or a number (non-zero is true); <c>ID</c> — <c>string</c>, any CLR
/// integer, <c>Guid</c>. Coerced inputs are <c>int</c> (Int), <c>double</c> (Float), <c>string</c> (String, ID) and
/// <c>bool</c> (Boolean).
/// </remarks>
public class ScalarType : NamedType, ILeafType
{
    private readonly Func<object?, object?>? _serialize;
    private readonly Func<object?, object?>? _parseValue;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? _parseLiteral;
    private readonly Func<object?, ValueNode?>? _valueToLiteral;

    /// <summary>Creates a custom scalar; omitted coercions pass values through unchanged (literals are read untyped).</summary>
    /// <param name="name">The scalar's name.</param>
    /// <param name="description">Its description.</param>
    /// <param name="specifiedByUrl">The URL of its specification (<c>@specifiedBy</c>).</param>
    /// <param name="serialize">Result coercion; throw <see cref="Errors.GraphQLException"/> on failure.</param>
    /// <param name="parseValue">Variable value coercion; throw <see cref="Errors.GraphQLException"/> on failure.</param>
    /// <param name="parseLiteral">Literal coercion; throw <see cref="Errors.GraphQLException"/> on failure.</param>
    /// <param name="valueToLiteral">Converts a runtime value to a literal (for printing default values).</param>
    /// <param name="runtimeType">The CLR type of the coerced value, used by code-first binding.</param>
    public ScalarType(
        string name,
        string? description = null,
        string? specifiedByUrl = null,
        Func<object?, object?>? serialize = null,
        Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null,
        Func<object?, ValueNode?>? valueToLiteral = null,
        Type? runtimeType = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
        _serialize = serialize;
        _parseValue = parseValue;
        _parseLiteral = parseLiteral;
        _valueToLiteral = valueToLiteral;
        RuntimeType = runtimeType ?? typeof(object);
    }

    /// <summary>The built-in <c>Int</c>: a signed 32-bit integer.</summary>
    public static ScalarType Int { get; } = new BuiltInScalars.IntScalar();

    /// <summary>The built-in <c>Float</c>: a finite double-precision number.</summary>
    public static ScalarType Float { get; } = new BuiltInScalars.FloatScalar();

    /// <summary>The built-in <c>String</c>: UTF-8 text.</summary>
    public static ScalarType String { get; } = new BuiltInScalars.StringScalar();

    /// <summary>The built-in <c>Boolean</c>.</summary>
    public static ScalarType Boolean { get; } = new BuiltInScalars.BooleanScalar();

    /// <summary>The built-in <c>ID</c>: a unique identifier serialized as a string.</summary>
    public static ScalarType ID { get; } = new BuiltInScalars.IdScalar();

    /// <summary>The specified scalars in the order graphql-js lists them: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> SpecifiedScalars { get; } = [String, Int, Float, Boolean, ID];

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>), if any.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>The CLR type of coerced input values (<see cref="object"/> when unknown).</summary>
    public Type RuntimeType { get; }

    /// <summary>Whether this is one of the five scalars the specification defines.</summary>
    public bool IsSpecified => this is BuiltInScalars.BuiltInScalar;

    /// <inheritdoc/>
    public virtual object? Serialize(object? runtimeValue) => _serialize is null ? runtimeValue : _serialize(runtimeValue);

    /// <inheritdoc/>
    public virtual object? ParseValue(object? inputValue) => _parseValue is null ? inputValue : _parseValue(inputValue);

    /// <inheritdoc/>
    public virtual object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return _parseLiteral is null ? ValueFromAst.GetUntypedValue(literal, variables) : _parseLiteral(literal, variables);
    }

    /// <inheritdoc/>
    public virtual ValueNode? ValueToLiteral(object? runtimeValue) =>
        _valueToLiteral is null ? AstFromValue.FromUntypedValue(runtimeValue) : _valueToLiteral(runtimeValue);
}
