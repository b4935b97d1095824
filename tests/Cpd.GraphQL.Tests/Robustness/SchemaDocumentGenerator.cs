using System.Globalization;
using System.Text;
using System.Text.Json;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>How a generated request is cancelled.</summary>
internal enum CancelMode
{
    /// <summary>No token.</summary>
    None,

    /// <summary>A token cancelled before execution starts.</summary>
    Before,

    /// <summary>A token that resolvers cancel while the operation runs.</summary>
    ByResolver,
}

/// <summary>One generated request: the document, its variables, the operation to run and how it is cancelled.</summary>
/// <param name="Target">The schema it is written for.</param>
/// <param name="Text">The document.</param>
/// <param name="Variables">The raw variable values (CLR values or <see cref="JsonElement"/>s), or none.</param>
/// <param name="OperationName">The operation to run, or none.</param>
/// <param name="Cancel">How the request is cancelled.</param>
internal sealed record FuzzCase(FuzzSchema Target, string Text, IReadOnlyDictionary<string, object?>? Variables, string? OperationName, CancelMode Cancel)
{
    public override string ToString() =>
        $"schema {Target.Name}, operation {OperationName ?? "(none)"}, cancel {Cancel}\n{Text}\nvariables: {DescribeVariables()}";

    private string DescribeVariables()
    {
        try
        {
            return JsonSerializer.Serialize(Variables);
        }
        catch (Exception exception) when (exception is NotSupportedException or ArgumentException or InvalidOperationException or JsonException)
        {
            // NaN, lone surrogates and values nested deeper than the serializer's limit do not serialize.
            return string.Join(", ", Variables?.Select(v => $"{v.Key}={v.Value}") ?? []);
        }
    }
}

/// <summary>
/// Writes requests from a schema's own types: operations whose selection sets pick the fields of the type at hand,
/// arguments and variables of the argument's type, inline fragments and named fragments on related types, directives
/// valid at each location, and variable values of the declared types. Half the documents are written clean (they
/// should validate), half with occasional mistakes (unknown fields and arguments, wrong literals, missing selections,
/// mismatched variable types, values of the wrong shape), so that every validation rule and every coercion error is
/// reached. Deterministic: the same seed gives the same request.
/// </summary>
internal sealed class SchemaDocumentGenerator
{
    private static readonly string[] Strings = ["\"\"", "\"text\"", "\"throw\"", "\"\\u00e9\\n\\t\\\"\"", "\"\"\"block \"quoted\" \"\"\"", "\"2024-02-29\"", "\"\\uD83D\\uDE00\""];
    private static readonly object?[] WrongValues =
        ["str", 1L, 1.5, true, null, new object?[] { 1L, "x" }, new Dictionary<string, object?> { ["bogus"] = 1L }, 1L << 40, double.NaN, "\uD800", string.Empty, Nested(300)];
    private static readonly string[] WrongLiterals = ["1", "1.5", "\"s\"", "true", "null", "[1]", "{bogus: 1}", "RED", "9999999999"];

    private static readonly string[] Introspection =
    [
        "__schema { queryType { name } types { name kind } directives { name locations args { name type { name ofType { name } } } } }",
        "__schema { types { name fields { name type { kind name ofType { kind name ofType { kind name } } } } interfaces { name } } }",
        "__typename",
    ];

    private readonly FuzzSchema _target;
    private readonly GraphQLSchema _schema;
    private readonly Random _random;
    private readonly bool _noisy;
    private readonly Dictionary<string, IInputType> _variableTypes = new(StringComparer.Ordinal);
    private readonly List<Fragment> _fragments = [];
    private HashSet<string> _scopeVariables = new(StringComparer.Ordinal);
    private int _budget;
    private int _aliases;

    private SchemaDocumentGenerator(FuzzSchema target, int seed)
    {
        _target = target;
        _schema = target.Schema;
        _random = new Random(seed);
        _noisy = _random.Next(2) == 0;
    }

    /// <summary>A value nested deeper than the engine accepts: lists and objects in turn.</summary>
    private static object? Nested(int levels)
    {
        object? value = "leaf";
        for (var i = 0; i < levels; i++)
        {
            value = i % 2 == 0 ? new object?[] { value } : new Dictionary<string, object?> { ["and"] = value };
        }

        return value;
    }

    /// <summary>The request the seed gives for the schema.</summary>
    public static FuzzCase Generate(FuzzSchema target, int seed) => new SchemaDocumentGenerator(target, seed).Generate();

    /// <summary>The schema's type, field and argument names, for swapping one name of a document for another.</summary>
    public static string[] Names(GraphQLSchema schema) =>
        [.. Vocabulary(schema).Where(w => char.IsLetter(w[0]) || w[0] == '_').Select(w => w.TrimEnd(':')).Distinct(StringComparer.Ordinal)];

    /// <summary>Names and snippets of the schema for mutating its documents: field, argument and type names, spreads, directives.</summary>
    public static string[] Vocabulary(GraphQLSchema schema)
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "{", "}", "(", ")", ":", "...", "... on", "$Int", "$String_", "...F0", "@skip(if: true)", "@include(if: $Boolean_)", "__typename", "query", "mutation", "fragment F9 on", "F0", "F1" };
        foreach (var type in schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            words.Add(type.Name);
            if (type is IComplexOutputType complex)
            {
                foreach (var field in complex.Fields)
                {
                    words.Add(field.Name);
                    foreach (var argument in field.Arguments)
                    {
                        words.Add(argument.Name + ":");
                    }
                }
            }
        }

        return [.. words];
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private bool Mistake(int percent) => _noisy && Chance(percent);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private FuzzCase Generate()
    {
        var operations = new List<(string? Name, string Text)>();
        var count = Chance(85) ? 1 : 2;
        for (var i = 0; i < count; i++)
        {
            operations.Add(Operation(count > 1 || Chance(40) ? "Op" + i : null));
        }

        var definitions = operations.Select(o => o.Text).Concat(_fragments.Select(f => f.Text)).ToList();
        if (Chance(30))
        {
            // Fragments may come before the operations that spread them.
            definitions = [.. definitions.OrderBy(_ => _random.Next())];
        }

        if (Mistake(5))
        {
            definitions.Add(Pick(["type Extra { a: Int }", "fragment Unused on " + _schema.QueryType.Name + " { __typename }", "{ __typename }", "schema { query: " + _schema.QueryType.Name + " }"]));
        }

        var operationName = count > 1
            ? (Chance(80) ? Pick(operations).Name : Pick<string?>([null, "Missing"]))
            : (Chance(10) ? Pick<string?>([operations[0].Name, "Missing"]) : null);
        var variables = Variables();
        var cancel = _random.Next(100) switch
        {
            < 3 => CancelMode.Before,
            < 15 => CancelMode.ByResolver,
            _ => CancelMode.None,
        };
        return new FuzzCase(_target, string.Join("\n", definitions), variables, operationName, cancel);
    }

    private (string? Name, string Text) Operation(string? name)
    {
        var kinds = new List<(string Keyword, ObjectType Root)> { ("query", _schema.QueryType) };
        if (_schema.MutationType is { } mutation)
        {
            kinds.Add(("mutation", mutation));
        }

        if (_schema.SubscriptionType is { } subscription)
        {
            kinds.Add(("subscription", subscription));
        }

        var (keyword, root) = Chance(65) ? kinds[0] : Pick(kinds);
        _scopeVariables = new HashSet<string>(StringComparer.Ordinal);
        _budget = _random.Next(4, 30);
        var depth = Chance(3) ? _random.Next(8, 40) : _random.Next(1, 6);
        var selection = keyword == "subscription" && !Mistake(20)
            ? "{ " + Field(root, depth) + " }"
            : SelectionSet(root, depth);
        var directives = Chance(5) ? Directives(keyword switch { "query" => DirectiveLocation.Query, "mutation" => DirectiveLocation.Mutation, _ => DirectiveLocation.Subscription }) : string.Empty;
        var header = keyword + (name is null ? string.Empty : " " + name) + VariableDefinitions() + directives;
        return (name, (name is null && keyword == "query" && header == "query" && Chance(50) ? string.Empty : header + " ") + selection);
    }

    private string VariableDefinitions()
    {
        var definitions = new List<string>();
        foreach (var name in _scopeVariables.Order(StringComparer.Ordinal))
        {
            var type = _variableTypes[name];
            var declared = type.ToString()!;
            if (Mistake(5))
            {
                declared = type is NonNullType nonNull ? nonNull.OfType.ToString()! : Pick(["Int", "String!", "[ID]", "Boolean", "Unknown", _schema.QueryType.Name]);
            }

            var defaultValue = type is not NonNullType && Chance(20) ? " = " + Value(type, 2, allowVariables: false) : string.Empty;
            var directive = Chance(3) ? Directives(DirectiveLocation.VariableDefinition) : string.Empty;
            definitions.Add($"${name}: {declared}{defaultValue}{directive}");
        }

        if (Mistake(5))
        {
            definitions.Add("$unused: Int");
        }

        return definitions.Count == 0 ? string.Empty : "(" + string.Join(", ", definitions) + ")";
    }

    private string SelectionSet(INamedType type, int depth)
    {
        var count = _budget > 0 ? _random.Next(1, 4) : 1;
        var selections = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            selections.Add(Selection(type, depth));
        }

        return "{ " + string.Join(" ", selections) + " }";
    }

    private string Selection(INamedType type, int depth)
    {
        _budget--;
        var roll = _random.Next(100);
        if (type is UnionType || _budget < 0)
        {
            return roll switch
            {
                < 45 when depth > 0 && _budget >= 0 => InlineFragment(type, depth),
                < 70 when depth > 0 && _budget >= 0 => Spread(type, depth),
                _ => Alias() + "__typename",
            };
        }

        if (ReferenceEquals(type, _schema.QueryType) && Chance(3))
        {
            return Pick(Introspection) + (Chance(50) ? "" : " __type(name: \"" + Pick(_schema.Types).Name + "\") { name kind fields(includeDeprecated: true) { name args { name defaultValue } } possibleTypes { name } inputFields { name } enumValues { name } }");
        }

        return roll switch
        {
            < 8 when depth > 0 => InlineFragment(type, depth),
            < 15 when depth > 0 => Spread(type, depth),
            < 18 => Alias() + "__typename",
            _ => Field(type, depth),
        };
    }

    private string Alias() => Chance(15) ? "k" + _aliases++ + ": " : Mistake(5) ? "same: " : string.Empty;

    private string Field(INamedType type, int depth)
    {
        if (type is not IComplexOutputType complex || complex.Fields.Count == 0)
        {
            return "__typename";
        }

        var field = Pick(complex.Fields.AsSpan().ToArray());
        var name = field.Name;
        if (Mistake(3))
        {
            name = Pick(["bogus", "id", "name", "__schema", "__type"]);
        }

        var arguments = new List<string>();
        foreach (var argument in field.Arguments)
        {
            var required = argument.Type is NonNullType && argument.DefaultValue is null;
            if ((required && !Mistake(5)) || Chance(40))
            {
                arguments.Add(argument.Name + ": " + Value(argument.Type, 3, allowVariables: true));
            }
        }

        if (Mistake(3))
        {
            arguments.Add("bogus: 1");
        }

        // Fields with arguments get a fresh alias so that two selections of one field never conflict.
        var alias = arguments.Count > 0 && !_noisy ? "k" + _aliases++ + ": " : Alias();
        var text = new StringBuilder(alias).Append(name);
        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments).Append(')');
        }

        if (Chance(8))
        {
            text.Append(Directives(DirectiveLocation.Field));
        }

        var named = Unwrap(field.Type);
        if (named is IComplexOutputType or UnionType)
        {
            if (!Mistake(3))
            {
                text.Append(' ').Append(depth > 0 ? SelectionSet(named, depth - 1) : "{ __typename }");
            }
        }
        else if (Mistake(2))
        {
            text.Append(" { a }");
        }

        return text.ToString();
    }

    private static INamedType Unwrap(IType type) => type switch
    {
        NonNullType n => Unwrap(n.OfType),
        ListType l => Unwrap(l.OfType),
        _ => (INamedType)type,
    };

    /// <summary>A type a fragment on <paramref name="type"/> may name: itself, a related abstract or object type, or (as a mistake) any composite type.</summary>
    private INamedType TypeCondition(INamedType type)
    {
        var related = new List<INamedType> { type };
        if (type is ObjectType objectType)
        {
            related.AddRange(objectType.Interfaces);
            related.AddRange(_schema.Types.OfType<UnionType>().Where(u => u.Types.Contains(objectType)));
        }
        else if (type is IAbstractType abstractType)
        {
            related.AddRange(_schema.GetPossibleTypes(abstractType));
        }

        if (type is InterfaceType interfaceType)
        {
            related.AddRange(interfaceType.Interfaces);
        }

        if (Mistake(5))
        {
            related = [.. _schema.Types.Where(t => t is IComplexOutputType or UnionType && !t.Name.StartsWith("__", StringComparison.Ordinal))];
        }

        return Pick(related);
    }

    private string InlineFragment(INamedType type, int depth)
    {
        var condition = Chance(25) ? null : TypeCondition(type);
        var directives = Chance(8) ? Directives(DirectiveLocation.InlineFragment) : string.Empty;
        return "..." + (condition is null ? string.Empty : " on " + condition.Name) + directives + " " + SelectionSet(condition ?? type, depth - 1);
    }

    private string Spread(INamedType type, int depth)
    {
        var directives = Chance(8) ? Directives(DirectiveLocation.FragmentSpread) : string.Empty;
        if (Mistake(2))
        {
            return "...Missing" + directives;
        }

        var reusable = _fragments.Where(f => f.On == type || (Mistake(20) && f.On is not null)).ToList();
        Fragment fragment;
        if (reusable.Count > 0 && Chance(50))
        {
            fragment = Pick(reusable);
        }
        else
        {
            // The body is written before the fragment is registered, so fragments only spread earlier ones: no cycles.
            var on = TypeCondition(type);
            var outer = _scopeVariables;
            _scopeVariables = new HashSet<string>(StringComparer.Ordinal);
            var definitionDirectives = Chance(5) ? Directives(DirectiveLocation.FragmentDefinition) : string.Empty;
            var body = SelectionSet(on, depth - 1);
            var name = "F" + _fragments.Count;
            fragment = new Fragment(name, on, $"fragment {name} on {on.Name}{definitionDirectives} {body}", _scopeVariables);
            _fragments.Add(fragment);
            _scopeVariables = outer;
        }

        _scopeVariables.UnionWith(fragment.Variables);
        return "..." + fragment.Name + directives;
    }

    private string Directives(DirectiveLocation location)
    {
        var candidates = _schema.Directives.Where(d => d.Locations.Contains(location)).ToList();
        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var directive = Pick(candidates);
        var arguments = new List<string>();
        foreach (var argument in directive.Arguments)
        {
            var required = argument.Type is NonNullType && argument.DefaultValue is null;
            if ((required && !Mistake(5)) || Chance(30))
            {
                arguments.Add(argument.Name + ": " + Value(argument.Type, 2, allowVariables: location != DirectiveLocation.VariableDefinition));
            }
        }

        return " @" + directive.Name + (arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : string.Empty);
    }

    /// <summary>A literal of the type, or a variable of exactly that type (named after it, so that one name has one type).</summary>
    private string Value(IInputType type, int depth, bool allowVariables)
    {
        if (Mistake(4))
        {
            return Pick(WrongLiterals);
        }

        if (allowVariables && Chance(20))
        {
            var name = VariableName(type);
            _variableTypes[name] = type;
            _scopeVariables.Add(name);
            return "$" + name;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Mistake(3) ? "null" : Value((IInputType)nonNull.OfType, depth, allowVariables);
            case ListType list:
                var item = (IInputType)list.OfType;
                if (Chance(25))
                {
                    // A single item where a list is expected is coerced to a list; a variable there would be misplaced.
                    return Value(item, depth, allowVariables: false);
                }

                return "[" + string.Join(", ", Enumerable.Range(0, depth > 0 ? _random.Next(4) : 0).Select(_ => Value(item, depth - 1, allowVariables))) + "]";
            case InputObjectType input:
                return "{" + string.Join(", ", InputFields(input, depth).Select(f => f.Field.Name + ": " + Value(f.Type, depth - 1, allowVariables))) + "}";
            case EnumType enumType:
                return Mistake(5) ? "BOGUS" : Pick(enumType.Values.AsSpan().ToArray()).Name;
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" => Pick(["0", "1", "-7", "42", "2147483647", "-2147483648"]),
                    "Float" => Pick(["1.5", "-0.0", "1e3", "3", "6.02e23"]),
                    "String" => Pick(Strings),
                    "Boolean" => Pick(["true", "false"]),
                    "ID" => Pick(["\"1\"", "7", "\"b1\"", "\"throw\""]),
                    "Date" => Pick(["\"2024-02-29\"", "\"1999-12-31\"", "\"2023-02-29\""]),
                    "Url" => Pick(["\"https://example.org/a?b=c\"", "\"mailto:a@b.c\"", "\"relative/path\""]),
                    _ => AnyLiteral(depth),
                };
            default:
                return "null";
        }
    }

    private string AnyLiteral(int depth) => _random.Next(depth > 0 ? 8 : 6) switch
    {
        0 => "null",
        1 => Pick(["1", "-2.5e-3", "123456789012345678901234567890"]),
        2 => Pick(Strings),
        3 => Pick(["true", "false"]),
        4 => Pick(["ENUM", "SIT"]),
        5 => "\"x\"",
        6 => "[" + string.Join(", ", Enumerable.Range(0, _random.Next(3)).Select(_ => AnyLiteral(depth - 1))) + "]",
        _ => "{" + string.Join(", ", Enumerable.Range(0, _random.Next(3)).Select(i => "f" + i + ": " + AnyLiteral(depth - 1))) + "}",
    };

    /// <summary>The fields to give an input object: required ones, some optional ones, exactly one for a <c>@oneOf</c> (each as the type its value takes).</summary>
    private List<(InputField Field, IInputType Type)> InputFields(InputObjectType input, int depth)
    {
        var fields = input.Fields.AsSpan().ToArray();
        var chosen = new List<(InputField, IInputType)>();
        if (input.IsOneOf && !Mistake(20))
        {
            // A @oneOf field's value must be non-null, and so must a variable given for it.
            var field = Pick(fields);
            chosen.Add((field, field.Type as NonNullType ?? new NonNullType(field.Type)));
            return chosen;
        }

        foreach (var field in fields)
        {
            var required = field.Type is NonNullType && field.DefaultValue is null;
            if ((required && !Mistake(5)) || (depth > 0 && Chance(40)))
            {
                chosen.Add((field, field.Type));
            }
        }

        return chosen;
    }

    /// <summary>A variable name that spells its type: <c>[Int!]</c> is <c>LInt_E</c>.</summary>
    private static string VariableName(IInputType type) =>
        type.ToString()!.Replace("[", "L", StringComparison.Ordinal).Replace("]", "E", StringComparison.Ordinal).Replace("!", "_", StringComparison.Ordinal);

    private Dictionary<string, object?>? Variables()
    {
        var declared = _variableTypes.Keys.Order(StringComparer.Ordinal).ToList();
        if (declared.Count == 0 && Chance(70))
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in declared)
        {
            var roll = _random.Next(100);
            if (roll < 6)
            {
                continue;
            }

            values[name] = roll < 14 ? Pick(WrongValues) : RuntimeValue(_variableTypes[name], 3);
        }

        if (Chance(5))
        {
            values["undeclared"] = 1L;
        }

        if (Chance(15))
        {
            try
            {
                // The HTTP layer passes JSON elements; NaN and lone surrogates do not serialize and stay CLR values.
                return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(values))!
                    .ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
            }
            catch (Exception exception) when (exception is ArgumentException or JsonException or InvalidOperationException)
            {
                return values;
            }
        }

        return values;
    }

    /// <summary>A JSON-decoded value of the type (long, double, string, bool, arrays, dictionaries), sometimes of the wrong shape.</summary>
    private object? RuntimeValue(IInputType type, int depth)
    {
        if (Chance(3))
        {
            return Pick(WrongValues);
        }

        switch (type)
        {
            case NonNullType nonNull:
                return RuntimeValue((IInputType)nonNull.OfType, depth);
            case ListType list:
                var item = (IInputType)list.OfType;
                if (Chance(20))
                {
                    return RuntimeValue(item, depth);
                }

                var items = Enumerable.Range(0, depth > 0 ? _random.Next(4) : 0).Select(_ => RuntimeValue(item, depth - 1)).ToArray();
                return Chance(50) ? items : items.ToList();
            case InputObjectType input:
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (field, fieldType) in InputFields(input, depth))
                {
                    fields[field.Name] = RuntimeValue(fieldType, depth - 1);
                }

                return fields;
            case EnumType enumType:
                return Pick(enumType.Values.AsSpan().ToArray()).Name;
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" => Pick<object?>([0L, 1L, -7L, 2147483647L, 3.0, 2147483648L]),
                    "Float" => Pick<object?>([1.5, -0.0, 3L, 1e300, 0.1m]),
                    "String" => Pick<object?>(["", "text", "throw", "\u00e9\U0001F600", "\"quoted\"\n"]),
                    "Boolean" => Chance(50),
                    "ID" => Pick<object?>(["1", 7L, "b1", "throw"]),
                    "Date" => Pick<object?>(["2024-02-29", "2023-02-29", "29/02/2024"]),
                    "Url" => Pick<object?>(["https://example.org", "relative"]),
                    _ => AnyValue(depth),
                };
            default:
                return null;
        }
    }

    private object? AnyValue(int depth) => _random.Next(depth > 0 ? 7 : 5) switch
    {
        0 => null,
        1 => Pick<object?>([1L, 2.5, -1e-7, long.MaxValue]),
        2 => Pick<object?>(["s", "\u00e9", string.Empty]),
        3 => Chance(50),
        4 => "ENUM",
        5 => Enumerable.Range(0, _random.Next(3)).Select(_ => AnyValue(depth - 1)).ToArray(),
        _ => Enumerable.Range(0, _random.Next(3)).ToDictionary(i => "f" + i.ToString(CultureInfo.InvariantCulture), _ => AnyValue(depth - 1)),
    };

    private sealed record Fragment(string Name, INamedType On, string Text, HashSet<string> Variables);
}
