using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Utilities;

/// <summary>
/// Explains why input values and literals are invalid for a type, as graphql-js 17's <c>validateInputValue</c> and
/// <c>validateInputLiteral</c>: every problem is reported with the path inside the value (field names and indices).
/// </summary>
public static class InputValueValidator
{
    /// <summary>Reports every problem of a JSON-decoded value for a type.</summary>
    /// <param name="inputValue">The value (<paramref name="isProvided"/> false stands for an absent value).</param>
    /// <param name="type">The expected input type.</param>
    /// <param name="onError">Receives each error and the path inside the value.</param>
    /// <param name="hideSuggestions">Omit "Did you mean" hints.</param>
    /// <param name="isProvided">Whether a value was provided at all.</param>
    public static void ValidateInputValue(
        object? inputValue,
        IInputType type,
        Action<GraphQLError, IReadOnlyList<object>> onError,
        bool hideSuggestions = false,
        bool isProvided = true)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        ValidateValue(inputValue, isProvided, type, onError, hideSuggestions, []);
    }

    /// <summary>Reports every problem of a literal for a type.</summary>
    /// <param name="valueNode">The literal.</param>
    /// <param name="type">The expected input type.</param>
    /// <param name="onError">Receives each error and the path inside the value.</param>
    /// <param name="variables">Coerced variable values; when <see langword="null"/> the literal is checked statically and variables are not checked.</param>
    /// <param name="hideSuggestions">Omit "Did you mean" hints.</param>
    public static void ValidateInputLiteral(
        ValueNode valueNode,
        IInputType type,
        Action<GraphQLError, IReadOnlyList<object>> onError,
        IReadOnlyDictionary<string, object?>? variables = null,
        bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        new LiteralValidator(onError, variables, hideSuggestions).Validate(valueNode, type, []);
    }

    /// <summary>Whether a literal is valid for a type, checked statically (variables are assumed valid).</summary>
    /// <param name="valueNode">The literal.</param>
    /// <param name="type">The expected input type.</param>
    /// <returns><see langword="true"/> when no problem is found.</returns>
    public static bool IsValidLiteral(ValueNode valueNode, IInputType type)
    {
        var valid = true;
        ValidateInputLiteral(valueNode, type, (_, _) => valid = false, null, true);
        return valid;
    }

    /// <summary>graphql-js 17.1's one message for every OneOf violation (no field, several fields, a null field).</summary>
    private static string OneOfMessage(IType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    private static void ValidateValue(
        object? inputValue,
        bool isProvided,
        IInputType type,
        Action<GraphQLError, IReadOnlyList<object>> onError,
        bool hideSuggestions,
        List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (!isProvided)
            {
                onError(new GraphQLError($"Expected a value of non-null type \"{type}\" to be provided."), [.. path]);
                return;
            }

            if (inputValue is null)
            {
                onError(new GraphQLError($"Expected value of non-null type \"{type}\" not to be null."), [.. path]);
                return;
            }

            ValidateValue(inputValue, true, (IInputType)nonNull.OfType, onError, hideSuggestions, path);
            return;
        }

        if (inputValue is null)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (!InputValueCoercer.TryAsList(inputValue, out var items))
                {
                    ValidateValue(inputValue, true, (IInputType)list.OfType, onError, hideSuggestions, path);
                    return;
                }

                var index = 0;
                foreach (var item in items)
                {
                    path.Add(index++);
                    ValidateValue(item, true, (IInputType)list.OfType, onError, hideSuggestions, path);
                    path.RemoveAt(path.Count - 1);
                }

                return;

            case InputObjectType inputObject:
                if (!InputValueCoercer.TryAsObject(inputValue, out var fields))
                {
                    onError(new GraphQLError($"Expected value of type \"{type}\" to be an object, found: {Inspector.Inspect(inputValue)}."), [.. path]);
                    return;
                }

                foreach (var field in inputObject.Fields)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.IsRequired())
                        {
                            onError(new GraphQLError($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspector.Inspect(inputValue)}."), [.. path]);
                        }

                        continue;
                    }

                    path.Add(field.Name);
                    ValidateValue(fieldValue, true, field.Type, onError, hideSuggestions, path);
                    path.RemoveAt(path.Count - 1);
                }

                var known = new List<string>(fields.Count);
                foreach (var key in fields.Keys)
                {
                    if (!inputObject.Fields.Contains(key))
                    {
                        var suggestion = hideSuggestions ? string.Empty : SuggestionList.DidYouMean(SuggestionList.Suggest(key, inputObject.Fields.Names));
                        onError(
                            new GraphQLError($"Expected value of type \"{type}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspector.Inspect(inputValue)}."),
                            [.. path]);
                        continue;
                    }

                    known.Add(key);
                }

                // graphql-js 17.1 counts only the known fields (unknown ones were reported above).
                if (inputObject.IsOneOf)
                {
                    if (known.Count != 1)
                    {
                        onError(new GraphQLError(OneOfMessage(type)), [.. path]);
                    }

                    if (known.Count > 0 && fields[known[0]] is null)
                    {
                        onError(new GraphQLError(OneOfMessage(type)), [.. path, known[0]]);
                    }
                }

                return;

            case ILeafType leaf:
                try
                {
                    leaf.ParseValue(inputValue);
                }
                catch (GraphQLException ex)
                {
                    onError(ex.Errors[0], [.. path]);
                }
#pragma warning disable CA1031 // A custom scalar's failure is reported as a validation error, whatever its exception type.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    onError(new GraphQLError($"Expected value of type \"{type}\", but encountered error \"{ex.Message}\"; found: {Inspector.Inspect(inputValue)}."), [.. path]);
                }

                return;
        }
    }

    private sealed class LiteralValidator(
        Action<GraphQLError, IReadOnlyList<object>> onError,
        IReadOnlyDictionary<string, object?>? variables,
        bool hideSuggestions)
    {
        private bool IsStatic => variables is null;

        public void Validate(ValueNode valueNode, IInputType type, List<object> path)
        {
            if (valueNode is VariableNode variable)
            {
                if (IsStatic)
                {
                    return;
                }

                if (type is NonNullType)
                {
                    var name = variable.Name.Value;
                    if (!variables!.TryGetValue(name, out var value))
                    {
                        Report($"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", valueNode, path);
                    }
                    else if (value is null)
                    {
                        Report($"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", valueNode, path);
                    }
                }

                return;
            }

            if (type is NonNullType nonNull)
            {
                if (valueNode is NullValueNode)
                {
                    Report($"Expected value of non-null type \"{type}\" not to be null.", valueNode, path);
                    return;
                }

                Validate(valueNode, (IInputType)nonNull.OfType, path);
                return;
            }

            if (valueNode is NullValueNode)
            {
                return;
            }

            switch (type)
            {
                case ListType list:
                    if (valueNode is not ListValueNode listNode)
                    {
                        Validate(valueNode, (IInputType)list.OfType, path);
                        return;
                    }

                    for (var i = 0; i < listNode.Values.Count; i++)
                    {
                        path.Add(i);
                        Validate(listNode.Values[i], (IInputType)list.OfType, path);
                        path.RemoveAt(path.Count - 1);
                    }

                    return;
                case InputObjectType inputObject:
                    ValidateObject(valueNode, inputObject, path);
                    return;
                case ILeafType leaf:
                    try
                    {
                        leaf.ParseLiteral(valueNode, variables);
                    }
                    catch (GraphQLException ex)
                    {
                        var error = ex.Errors[0];
                        var message = hideSuggestions ? WithoutSuggestion(error.Message) : error.Message;
                        onError(
                            error.Locations is null || !ReferenceEquals(message, error.Message) ? new GraphQLError(message, error.Locations ?? Locate(valueNode), null, error.Extensions) : error,
                            [.. path]);
                    }
#pragma warning disable CA1031 // A custom scalar's failure is reported as a validation error, whatever its exception type.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        Report($"Expected value of type \"{type}\", but encountered error \"{ex.Message}\"; found: {Printer.Print(valueNode)}.", valueNode, path);
                    }

                    return;
            }
        }

        private void ValidateObject(ValueNode valueNode, InputObjectType type, List<object> path)
        {
            if (valueNode is not ObjectValueNode objectNode)
            {
                Report($"Expected value of type \"{type}\" to be an object, found: {Printer.Print(valueNode)}.", valueNode, path);
                return;
            }

            var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var f in objectNode.Fields)
            {
                fieldNodes.TryAdd(f.Name.Value, f);
            }

            foreach (var field in type.Fields)
            {
                if (!fieldNodes.TryGetValue(field.Name, out var fieldNode))
                {
                    if (field.IsRequired())
                    {
                        Report($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Printer.Print(valueNode)}.", valueNode, path);
                    }

                    continue;
                }

                if (fieldNode.Value is VariableNode v && !IsStatic)
                {
                    var provided = variables!.TryGetValue(v.Name.Value, out var value);
                    if (type.IsOneOf)
                    {
                        if (!provided)
                        {
                            Report($"Expected variable \"${v.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" to provide a runtime value.", valueNode, path);
                        }
                        else if (value is null)
                        {
                            Report($"Expected variable \"${v.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" not to be null.", valueNode, path);
                        }
                    }
                    else if (!provided && !field.IsRequired())
                    {
                        continue;
                    }
                }

                path.Add(field.Name);
                Validate(fieldNode.Value, field.Type, path);
                path.RemoveAt(path.Count - 1);
            }

            ObjectFieldNode? onlyKnown = null;
            var knownCount = 0;
            foreach (var fieldNode in objectNode.Fields)
            {
                var name = fieldNode.Name.Value;
                if (type.Fields.Contains(name))
                {
                    onlyKnown ??= fieldNode;
                    knownCount++;
                }
                else
                {
                    var suggestion = hideSuggestions ? string.Empty : SuggestionList.DidYouMean(SuggestionList.Suggest(name, type.Fields.Names));
                    Report(
                        $"Expected value of type \"{type}\" not to include unknown field \"{name}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Printer.Print(valueNode)}.",
                        fieldNode,
                        path);
                }
            }

            if (type.IsOneOf)
            {
                // graphql-js 17.1 counts only the known fields (unknown ones were reported above).
                if (knownCount != 1)
                {
                    Report(OneOfMessage(type), valueNode, path);
                    return;
                }

                if (onlyKnown!.Value is NullValueNode)
                {
                    path.Add(onlyKnown.Name.Value);
                    Report(OneOfMessage(type), valueNode, path);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        /// <summary>
        /// Leaf types add "Did you mean" hints to their parse errors unconditionally; graphql-js passes
        /// <c>hideSuggestions</c> to them instead. Until leaf types take that flag, the hint (always the
        /// message's last sentence) is cut here.
        /// </summary>
        private static string WithoutSuggestion(string message)
        {
            var index = message.IndexOf(" Did you mean ", StringComparison.Ordinal);
            return index < 0 ? message : message[..index];
        }

        private void Report(string message, AstNode node, List<object> path) =>
            onError(new GraphQLError(message, Locate(node)), [.. path]);

        private static IReadOnlyList<SourceLocation>? Locate(AstNode node) =>
            node.Location is { } location ? [location.StartLocation] : null;
    }
}
