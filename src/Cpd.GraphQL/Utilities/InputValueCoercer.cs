using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Utilities;

/// <summary>
/// Coerces JSON-decoded input values (variables) to runtime values, as graphql-js's <c>coerceInputValue</c>: a
/// non-list value is a list of one, input objects get their defaults and become their bound CLR objects, unknown
/// fields are invalid. Use <see cref="InputValueValidator"/> to learn why a value is invalid.
/// </summary>
public static class InputValueCoercer
{
    /// <summary>Coerces a value; returns <see langword="false"/> when it is not valid for the type.</summary>
    /// <param name="inputValue">The JSON-decoded value: <see langword="null"/>, bool, string, number, list or dictionary.</param>
    /// <param name="type">The expected input type.</param>
    /// <param name="value">The runtime value when valid.</param>
    /// <returns>Whether the value is valid.</returns>
    public static bool TryCoerce(object? inputValue, IInputType type, out object? value)
    {
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (type is NonNullType nonNull)
        {
            return inputValue is not null && TryCoerce(inputValue, (IInputType)nonNull.OfType, out value);
        }

        if (inputValue is null)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
            {
                var itemType = (IInputType)list.OfType;
                if (!TryAsList(inputValue, out var items))
                {
                    if (!TryCoerce(inputValue, itemType, out var single))
                    {
                        return false;
                    }

                    value = new object?[] { single };
                    return true;
                }

                var result = new List<object?>();
                foreach (var item in items)
                {
                    if (!TryCoerce(item, itemType, out var coercedItem))
                    {
                        return false;
                    }

                    result.Add(coercedItem);
                }

                value = result.ToArray();
                return true;
            }

            case InputObjectType inputObject:
            {
                if (!TryAsObject(inputValue, out var fields))
                {
                    return false;
                }

                foreach (var key in fields.Keys)
                {
                    if (!inputObject.Fields.Contains(key))
                    {
                        return false;
                    }
                }

                var coerced = new Dictionary<string, object?>(inputObject.Fields.Count, StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.IsRequired())
                        {
                            return false;
                        }

                        if (field.HasDefaultValue)
                        {
                            coerced[field.Name] = field.RuntimeDefaultValue;
                        }

                        continue;
                    }

                    if (!TryCoerce(fieldValue, field.Type, out var coercedField))
                    {
                        return false;
                    }

                    coerced[field.Name] = coercedField;
                }

                if (inputObject.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
                {
                    return false;
                }

                value = inputObject.CreateRuntimeValue(coerced);
                return true;
            }

            case ILeafType leaf:
                try
                {
                    value = leaf.ParseValue(inputValue);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Reads a JSON-decoded object (a string-keyed dictionary).</summary>
    /// <param name="value">The value.</param>
    /// <param name="fields">The entries.</param>
    /// <returns>Whether the value is an object.</returns>
    internal static bool TryAsObject(object value, [NotNullWhen(true)] out IReadOnlyDictionary<string, object?>? fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> d:
                fields = d;
                return true;
            case IDictionary<string, object?> d:
                fields = d.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                return true;
            default:
                fields = null;
                return false;
        }
    }

    /// <summary>Reads a JSON-decoded list (any enumerable but a string or an object).</summary>
    /// <param name="value">The value.</param>
    /// <param name="items">The items.</param>
    /// <returns>Whether the value is a list.</returns>
    internal static bool TryAsList(object value, [NotNullWhen(true)] out IEnumerable<object?>? items)
    {
        if (value is string || value is IReadOnlyDictionary<string, object?> || value is IDictionary<string, object?> || value is not IEnumerable enumerable)
        {
            items = null;
            return false;
        }

        items = enumerable.Cast<object?>();
        return true;
    }
}
