using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>
/// Checks an operation of a valid document against <see cref="GraphQLServerOptions"/>'s depth, field, alias and cost
/// limits, expanding fragments. The walk stops at the first limit exceeded, so a fragment bomb costs no more than
/// the limits allow.
/// </summary>
internal sealed class OperationLimits
{
    private const int Unlimited = int.MaxValue;

    private readonly GraphQLSchema _schema;
    private readonly GraphQLServerOptions _options;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VariableDefinitionNode> _variableDefinitions = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private int _fields;
    private int _aliases;
    private long _cost;

    private OperationLimits(GraphQLSchema schema, GraphQLServerOptions options, IReadOnlyDictionary<string, object?>? variables)
    {
        _schema = schema;
        _options = options;
        _variables = variables;
    }

    /// <summary>Whether a list size came from a variable, so the outcome must not be remembered for other requests.</summary>
    public bool UsedVariables { get; private set; }

    /// <summary>Checks the operation; returns the first limit it exceeds, or <see langword="null"/>.</summary>
    public static GraphQLError? Check(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        GraphQLServerOptions options,
        IReadOnlyDictionary<string, object?>? variables,
        out bool usedVariables)
    {
        var limits = new OperationLimits(schema, options, variables);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                limits._fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        foreach (var variable in operation.VariableDefinitions)
        {
            limits._variableDefinitions.TryAdd(variable.Variable.Name.Value, variable);
        }

        GraphQLError? error;
        try
        {
            error = limits.Walk(operation.SelectionSet, schema.GetRootType(operation.Operation), 1, 1);
        }
        catch (InsufficientExecutionStackException)
        {
            error = Exceeded("depth", options.MaxDepth, $"The operation is nested deeper than the limit of {options.MaxDepth} levels.", null);
        }

        usedVariables = limits.UsedVariables;
        return error;
    }

    private GraphQLError? Walk(SelectionSetNode selectionSet, INamedType? parentType, int depth, long multiplier)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            GraphQLError? error = null;
            switch (selection)
            {
                case FieldNode field:
                    error = VisitField(field, parentType, depth, multiplier);
                    break;
                case InlineFragmentNode inline:
                    var conditionType = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name.Value) : parentType;
                    error = Walk(inline.SelectionSet, conditionType, depth, multiplier);
                    break;
                case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment):
                    error = Walk(fragment.SelectionSet, _schema.GetType(fragment.TypeCondition.Name.Value), depth, multiplier);
                    break;
            }

            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private GraphQLError? VisitField(FieldNode field, INamedType? parentType, int depth, long multiplier)
    {
        if (depth > _options.MaxDepth)
        {
            return Exceeded("depth", _options.MaxDepth, $"The operation is nested deeper than the limit of {_options.MaxDepth} levels.", field);
        }

        if (++_fields > _options.MaxFields)
        {
            return Exceeded("fields", _options.MaxFields, $"The operation selects more than the limit of {_options.MaxFields} fields.", field);
        }

        if (field.Alias is not null && ++_aliases > _options.MaxAliases)
        {
            return Exceeded("aliases", _options.MaxAliases, $"The operation has more than the limit of {_options.MaxAliases} aliases.", field);
        }

        var name = field.Name.Value;
        var introspection = name is "__schema" or "__type";
        _cost += multiplier;
        if (_cost > _options.MaxCost)
        {
            return Exceeded("cost", _options.MaxCost, $"The operation's cost exceeds the limit of {_options.MaxCost}.", field);
        }

        if (field.SelectionSet is null)
        {
            return null;
        }

        OutputField? definition = null;
        (parentType as IComplexOutputType)?.Fields.TryGetField(name, out definition);
        var type = (IType?)definition?.Type;
        var childMultiplier = multiplier;
        if (introspection)
        {
            // Bounded by the schema: its subtree counts for depth, fields and aliases but costs nothing more.
            var walker = new OperationLimits(_schema, _options, _variables)
            {
                _fields = _fields,
                _aliases = _aliases,
                _cost = long.MinValue / 2,
            };
            foreach (var pair in _fragments)
            {
                walker._fragments.Add(pair.Key, pair.Value);
            }

            var introspectionType = name == "__schema" ? _schema.GetType("__Schema") : _schema.GetType("__Type");
            var error = walker.Walk(field.SelectionSet, introspectionType, depth + 1, 1);
            _fields = walker._fields;
            _aliases = walker._aliases;
            return error;
        }

        while (type is IWrapperType wrapper)
        {
            if (type is ListType)
            {
                childMultiplier = Math.Min(childMultiplier * Math.Min(PageSize(field), Unlimited), Unlimited);
            }

            type = wrapper.OfType;
        }

        return Walk(field.SelectionSet, type as INamedType, depth + 1, childMultiplier);
    }

    /// <summary>How many items a list field is assumed to return: its <c>first</c> or <c>last</c> argument, else the default page size.</summary>
    private long PageSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is not ("first" or "last"))
            {
                continue;
            }

            switch (argument.Value)
            {
                case IntValueNode literal when long.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size):
                    return Math.Max(size, 0);
                case VariableNode variable:
                    UsedVariables = true;
                    if (VariableSize(variable.Name.Value) is { } fromVariable)
                    {
                        return fromVariable;
                    }

                    break;
            }
        }

        return _options.DefaultPageSize;
    }

    private long? VariableSize(string name)
    {
        object? value = null;
        if (_variables is not null && _variables.TryGetValue(name, out var given))
        {
            value = given;
        }
        else if (_variableDefinitions.TryGetValue(name, out var definition) && definition.DefaultValue is IntValueNode literal)
        {
            value = literal.Value;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out var n) => Math.Max(n, 0),
            long n => Math.Max(n, 0),
            int n => Math.Max(n, 0),
            string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => Math.Max(n, 0),
            _ => null,
        };
    }

    private static GraphQLError Exceeded(string limit, int maximum, string message, FieldNode? field) =>
        new(
            message,
            field?.Location is { } location ? [location.StartLocation] : null,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = HttpErrorCodes.LimitExceeded,
                ["limit"] = limit,
                ["maximum"] = maximum,
            });
}
