using System.Text;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// CoerceVariableValues (spec 6.1.2) and CoerceArgumentValues (spec 6.4.1), with graphql-js 17's error messages: the
/// coercers in <c>Utilities</c> decide, the validators explain why a value is invalid.
/// </summary>
internal static class ValueCoercion
{
    /// <summary>graphql-js's default limit of variable coercion errors.</summary>
    private const int MaxVariableErrors = 50;

    private static readonly NonNullType NonNullBoolean = new(ScalarType.Boolean);

    /// <summary>Coerces the raw variable values of an operation; returns the errors when any value is invalid.</summary>
    public static Dictionary<string, object?> CoerceVariables(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var locations = Locate(definition);
            if (TypeFromAst.GetType(schema, definition.Type) is not IInputType type || !IsInputType(type))
            {
                Add(errors, new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    Locate(definition.Type)));
                continue;
            }

            object? raw = null;
            var provided = inputs is not null && inputs.TryGetValue(name, out raw);
            if (!provided)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (ValueFromAst.TryGetValue(defaultValue, type, null, out var value))
                    {
                        coerced[name] = value;
                    }
                    else
                    {
                        InputValueValidator.ValidateInputLiteral(
                            defaultValue,
                            type,
                            (error, path) => Add(errors, new GraphQLError($"Variable \"${name}\" has invalid default value{PrintPath(path)}: {error.Message}", locations)));
                    }

                    continue;
                }

                if (type is not NonNullType)
                {
                    continue;
                }
            }

            if (provided && JsonValues.IsNestedDeeperThan(raw, JsonValues.MaxDepth))
            {
                Add(errors, new GraphQLError($"Variable \"${name}\" has invalid value: it is nested deeper than {JsonValues.MaxDepth} levels.", locations));
                continue;
            }

            raw = JsonValues.Normalize(raw);
            if (provided && InputValueCoercer.TryCoerce(raw, type, out var coercedValue))
            {
                coerced[name] = coercedValue;
                continue;
            }

            var before = errors.Count;
            InputValueValidator.ValidateInputValue(
                raw,
                type,
                (error, path) => Add(errors, new GraphQLError($"Variable \"${name}\" has invalid value{PrintPath(path)}: {error.Message}", locations)),
                isProvided: provided);
            if (errors.Count == before)
            {
                Add(errors, new GraphQLError($"Variable \"${name}\" has invalid value: {Inspector.Inspect(raw)}.", locations));
            }
        }

        return coerced;
    }

    /// <summary>Coerces the arguments of a field selection (the first of its merged nodes).</summary>
    public static ArgumentValues CoerceArguments(OutputField field, PlannedField planned, IReadOnlyDictionary<string, object?> variables)
    {
        var node = planned.Nodes[0];
        var coerced = new Dictionary<string, object?>(field.Arguments.Count, StringComparer.Ordinal);
        foreach (var argument in field.Arguments)
        {
            var argumentNode = FindArgument(node.Arguments, argument.Name);
            var label = $"Argument \"{planned.ParentType.Name}.{field.Name}({argument.Name}:)\"";
            if (argumentNode is null)
            {
                if (argument.IsRequired())
                {
                    return Fail($"{label} of required type \"{argument.Type}\" was not provided.", node);
                }

                if (argument.HasDefaultValue)
                {
                    coerced[argument.Name] = argument.RuntimeDefaultValue;
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            if (valueNode is VariableNode variable && !variables.ContainsKey(variable.Name.Value) && !argument.IsRequired())
            {
                if (argument.HasDefaultValue)
                {
                    coerced[argument.Name] = argument.RuntimeDefaultValue;
                }

                continue;
            }

            if (ValueFromAst.TryGetValue(valueNode, argument.Type, variables, out var value))
            {
                coerced[argument.Name] = value;
                continue;
            }

            GraphQLError? explained = null;
            InputValueValidator.ValidateInputLiteral(
                valueNode,
                argument.Type,
                (error, path) => explained ??= new GraphQLError($"{label} has invalid value{PrintPath(path)}: {error.Message}", error.Locations ?? Locate(valueNode), null, error.Extensions),
                variables);
            return new ArgumentValues(coerced, explained ?? new GraphQLError($"{label} has invalid value {Printer.Print(valueNode)}.", Locate(valueNode)));
        }

        return new ArgumentValues(coerced, null);
    }

    /// <summary>The <c>if</c> argument of <c>@skip</c> or <c>@include</c>, or <see langword="null"/> when it cannot be read.</summary>
    public static bool? GetIfArgument(DirectiveNode directive, IReadOnlyDictionary<string, object?> variables)
    {
        var argument = FindArgument(directive.Arguments, "if");
        return argument is not null && ValueFromAst.TryGetValue(argument.Value, NonNullBoolean, variables, out var value) && value is bool b ? b : null;
    }

    /// <summary>A path inside a value as graphql-js's <c>printPathArray</c>: <c> at .a[0].b</c>, or empty.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" at ");
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }

    private static ArgumentValues Fail(string message, AstNode node) =>
        new(new Dictionary<string, object?>(0), new GraphQLError(message, Locate(node)));

    private static ArgumentNode? FindArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static bool IsInputType(IType type) => type switch
    {
        NonNullType n => IsInputType(n.OfType),
        ListType l => IsInputType(l.OfType),
        _ => type is ILeafType or InputObjectType,
    };

    private static void Add(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxVariableErrors)
        {
            throw new VariableErrorLimitException();
        }

        errors.Add(error);
    }

    private static SourceLocation[]? Locate(AstNode node) => node.Location is { } location ? [location.StartLocation] : null;

    /// <summary>Stops coercion once <see cref="MaxVariableErrors"/> errors were reported.</summary>
    internal sealed class VariableErrorLimitException : Exception
    {
        public VariableErrorLimitException()
            : base("Too many errors processing variables, error limit reached. Execution aborted.")
        {
        }

        public VariableErrorLimitException(string message)
            : base(message)
        {
        }

        public VariableErrorLimitException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
