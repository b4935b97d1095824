using System.Collections;
using System.Globalization;
using System.Reflection;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Utilities;

/// <summary>Produces literals from runtime values (graphql-js's <c>astFromValue</c>/<c>valueToLiteral</c>), e.g. to print default values.</summary>
public static class AstFromValue
{
    /// <summary>
    /// The literal for a runtime value of a type, or <see langword="null"/> when the value cannot be represented.
    /// Input objects may be dictionaries or CLR objects (read through their public properties).
    /// </summary>
    /// <param name="value">The runtime value.</param>
    /// <param name="type">The input type.</param>
    /// <returns>The literal, or <see langword="null"/>.</returns>
    public static ValueNode? FromValue(object? value, IInputType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            var inner = FromValue(value, (IInputType)nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return AstFactory.Null();
        }

        switch (type)
        {
            case ListType list:
            {
                var itemType = (IInputType)list.OfType;
                if (value is IEnumerable items and not string && value is not IDictionary && !IsStringDictionary(value))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (FromValue(item, itemType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return AstFactory.List(nodes);
                }

                return FromValue(value, itemType);
            }

            case InputObjectType inputObject:
            {
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    if (TryReadMember(value, field.Name, out var fieldValue) && FromValue(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(AstFactory.Field(field.Name, node));
                    }
                }

                return AstFactory.Object(fields);
            }

            case ILeafType leaf:
                return leaf.ValueToLiteral(value);
            default:
                return null;
        }
    }

    /// <summary>The literal for an untyped value: bool, string, number, list, dictionary or <see langword="null"/> (graphql-js's <c>defaultScalarValueToLiteral</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal; <see langword="null"/> when the value has no literal form.</returns>
    public static ValueNode? FromUntypedValue(object? value)
    {
        switch (value)
        {
            case null:
                return AstFactory.Null();
            case bool b:
                return AstFactory.Boolean(b);
            case string s:
                return AstFactory.String(s);
            case Enum e:
                return AstFactory.String(e.ToString());
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return AstFactory.Int(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case double or float or decimal:
            {
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(d))
                {
                    return AstFactory.Null();
                }

                var text = value is decimal m ? m.ToString(CultureInfo.InvariantCulture) : Inspector.FormatNumber(d);
                return IsIntegerText(text) ? AstFactory.Int(text) : AstFactory.Float(text);
            }

            case IReadOnlyDictionary<string, object?> dict:
                return AstFactory.Object([.. dict.Select(p => AstFactory.Field(p.Key, FromUntypedValue(p.Value) ?? AstFactory.Null()))]);
            case IDictionary<string, object?> dict:
                return AstFactory.Object([.. dict.Select(p => AstFactory.Field(p.Key, FromUntypedValue(p.Value) ?? AstFactory.Null()))]);
            case IEnumerable list:
                return AstFactory.List([.. list.Cast<object?>().Select(v => FromUntypedValue(v) ?? AstFactory.Null())]);
            default:
                return null;
        }
    }

    private static bool IsIntegerText(string text)
    {
        var span = text.AsSpan();
        if (span.StartsWith("-"))
        {
            span = span[1..];
        }

        return span.Length > 0 && (span.Length == 1 || span[0] != '0') && !span.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsStringDictionary(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;

    // Used only when a schema is built (default values), never per request.
    private static bool TryReadMember(object value, string name, out object? memberValue)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> d:
                return d.TryGetValue(name, out memberValue);
            case IDictionary<string, object?> d:
                return d.TryGetValue(name, out memberValue);
        }

        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = value.GetType().GetProperty(name, flags);
        if (property is not null && property.GetIndexParameters().Length == 0)
        {
            memberValue = property.GetValue(value);
            return true;
        }

        var field = value.GetType().GetField(name, flags);
        memberValue = field?.GetValue(value);
        return field is not null;
    }
}
