using System.Globalization;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Utilities;

/// <summary>
/// Coerces literals to runtime values (graphql-js's <c>coerceInputLiteral</c>/<c>valueFromAST</c>): variables are
/// read from the coerced variable values, defaults of absent input fields are applied, a non-list literal is a list
/// of one, and input objects bound to CLR types become those objects.
/// </summary>
public static class ValueFromAst
{
    /// <summary>Coerces a literal; returns <see langword="false"/> when it is not valid for the type.</summary>
    /// <param name="valueNode">The literal (may contain variables).</param>
    /// <param name="type">The expected input type.</param>
    /// <param name="variables">Coerced variable values (a missing key is an unprovided variable).</param>
    /// <param name="value">The runtime value when valid.</param>
    /// <returns>Whether the literal is valid.</returns>
    public static bool TryGetValue(ValueNode valueNode, IInputType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (valueNode is VariableNode variable)
        {
            object? variableValue = null;
            var provided = variables is not null && variables.TryGetValue(variable.Name.Value, out variableValue);
            if ((!provided || variableValue is null) && type is NonNullType)
            {
                return false;
            }

            // Validation has checked that the variable's type fits this position.
            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryGetValue(valueNode, (IInputType)nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryGetList(valueNode, (IInputType)list.OfType, variables, out value);
            case InputObjectType inputObject:
                return TryGetObject(valueNode, inputObject, variables, out value);
            case ILeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(valueNode, variables);
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

    /// <summary>Reads a literal without a type (graphql-js's <c>valueFromASTUntyped</c>): ints become <c>int</c> or <c>long</c>, floats <c>double</c>, objects dictionaries.</summary>
    /// <param name="valueNode">The literal.</param>
    /// <param name="variables">Variable values for variables inside the literal.</param>
    /// <returns>The value.</returns>
    public static object? GetUntypedValue(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        return valueNode switch
        {
            NullValueNode => null,
            IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? n
                : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            StringValueNode s => s.Value,
            BooleanValueNode b => b.Value,
            EnumValueNode e => e.Value,
            ListValueNode list => list.Values.Select(v => GetUntypedValue(v, variables)).ToList(),
            ObjectValueNode obj => UntypedObject(obj, variables),
            VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
            _ => null,
        };
    }

    /// <summary>An object literal as a dictionary; a repeated field keeps its last value, as a JavaScript object would.</summary>
    private static Dictionary<string, object?> UntypedObject(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var fields = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            fields[field.Name.Value] = GetUntypedValue(field.Value, variables);
        }

        return fields;
    }

    private static bool TryGetList(ValueNode valueNode, IInputType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ListValueNode listNode)
        {
            if (!TryGetValue(valueNode, itemType, variables, out var single))
            {
                return false;
            }

            value = new object?[] { single };
            return true;
        }

        var items = new object?[listNode.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = listNode.Values[i];
            if (!TryGetValue(itemNode, itemType, variables, out var item))
            {
                // A missing variable inside a list is null when the item type allows it.
                if (itemNode is VariableNode v && itemType is not NonNullType && variables?.GetValueOrDefault(v.Name.Value) is null)
                {
                    item = null;
                }
                else
                {
                    return false;
                }
            }

            items[i] = item;
        }

        value = items;
        return true;
    }

    private static bool TryGetObject(ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(objectNode.Fields.Count, StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (!type.Fields.Contains(fieldNode.Name.Value))
            {
                return false;
            }

            fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode)
                || (fieldNode.Value is VariableNode v && variables?.GetValueOrDefault(v.Name.Value) is null))
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

            if (!TryGetValue(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = type.CreateRuntimeValue(coerced);
        return true;
    }
}
