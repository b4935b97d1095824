using System.Globalization;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Types;

/// <summary>The specification's type-system validation (graphql-js's <c>validateSchema</c>), collecting every error.</summary>
internal sealed class SchemaValidator
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(GraphQLSchema schema) => _schema = schema;

    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, IEnumerable<GraphQLError> buildErrors, IEnumerable<string> collectionErrors)
    {
        var validator = new SchemaValidator(schema);
        validator._errors.AddRange(buildErrors);
        foreach (var message in collectionErrors)
        {
            validator.Report(message);
        }

        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params AstNode?[] nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location.StartLocation);
            }
        }

        _errors.Add(new GraphQLError(message, locations));
    }

    private void ValidateRootTypes()
    {
        // A query root of the wrong kind was already reported by the builder, as graphql-js reports only that.
        if (_schema.QueryTypeOrNull is null && !_errors.Any(e => e.Message.StartsWith("Query root type must be Object type", StringComparison.Ordinal)))
        {
            Report("Query root type must be provided.", _schema.SyntaxNode);
        }

        var byType = new Dictionary<ObjectType, List<OperationType>>(ReferenceEqualityComparer.Instance);
        foreach (var operation in (OperationType[])[OperationType.Query, OperationType.Mutation, OperationType.Subscription])
        {
            if (_schema.GetRootType(operation) is { } root)
            {
                if (!byType.TryGetValue(root, out var list))
                {
                    byType[root] = list = [];
                }

                list.Add(operation);
            }
        }

        foreach (var (root, operations) in byType)
        {
            if (operations.Count > 1)
            {
                var names = operations.Select(o => o.ToString().ToLowerInvariant()).ToList();
                Report(
                    $"All root types must be different, \"{root.Name}\" type is used as {SuggestionList.AndList(names)} root types.",
                    [.. operations.Select(OperationTypeNode)]);
            }
        }
    }

    private AstNode? OperationTypeNode(OperationType operation)
    {
        var nodes = new List<AstNode?> { _schema.SyntaxNode };
        nodes.AddRange(_schema.ExtensionSyntaxNodes);
        foreach (var node in nodes)
        {
            var operationTypes = node switch
            {
                SchemaDefinitionNode d => d.OperationTypes,
                SchemaExtensionNode e => e.OperationTypes,
                _ => [],
            };
            if (operationTypes.FirstOrDefault(o => o.Operation == operation) is { } found)
            {
                return found.Type;
            }
        }

        return null;
    }

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.SyntaxNode);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
            }

            ValidateUniqueNames(directive.Arguments, n => $"Argument \"@{directive.Name}({n}:)\" can only be defined once.");
            foreach (var argument in directive.Arguments)
            {
                ValidateArgument($"@{directive.Name}({argument.Name}:)", argument);
            }
        }
    }

    private void ValidateArgument(string coordinate, Argument argument)
    {
        ValidateName(argument.Name, argument.SyntaxNode);
        if (!argument.Type.IsInputType())
        {
            Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", TypeNodeOf(argument.SyntaxNode));
        }

        if (argument.IsRequired() && argument.IsDeprecated)
        {
            Report($"Required argument {coordinate} cannot be deprecated.", DeprecatedNode(argument.SyntaxNode), TypeNodeOf(argument.SyntaxNode));
        }

        ValidateDefaultValue(coordinate, argument);
    }

    private void ValidateDefaultValue(string coordinate, InputValueDefinition value)
    {
        if (value.DefaultValue is not { } literal || !value.Type.IsInputType())
        {
            return;
        }

        InputValueValidator.ValidateInputLiteral(
            literal,
            value.Type,
            (error, path) => _errors.Add(new GraphQLError(
                $"{coordinate} has invalid default value{PrintPath(path)}: {error.Message}",
                error.Locations)));
    }

    private static string PrintPath(IReadOnlyList<object> path) =>
        path.Count == 0 ? string.Empty : " at " + string.Concat(path.Select(p => p is int i ? "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : "." + p));

    private void ValidateName(string name, AstNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            return;
        }

        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            return;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
                return;
            }
        }
    }

    private void ValidateUniqueNames<T>(FieldCollection<T> items, Func<string, string> message)
        where T : class, IHasName
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(item.Name))
            {
                Report(message(item.Name));
            }
        }
    }

    private void ValidateTypes()
    {
        var finiteValues = new FiniteValueDetector(this);
        var defaultCycles = new DefaultValueCycleDetector(this);
        foreach (var type in _schema.Types)
        {
            if (!Introspection.IsIntrospectionType(type))
            {
                ValidateName(type.Name, (type as NamedType)?.SyntaxNode);
            }

            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    finiteValues.Add(input);
                    defaultCycles.Detect(input);
                    break;
            }
        }

        finiteValues.Detect();
    }

    private static AstNode?[] WithExtensions(NamedType type) => [type.SyntaxNode, .. type.ExtensionSyntaxNodes];

    private void ValidateFields(ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", WithExtensions(type));
        }

        ValidateUniqueNames(type.Fields, n => $"Field \"{type.Name}.{n}\" can only be defined once.");
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsOutputType())
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", TypeNodeOf(field.SyntaxNode));
            }

            ValidateUniqueNames(field.Arguments, n => $"Argument \"{type.Name}.{field.Name}({n}:)\" can only be defined once.");
            foreach (var argument in field.Arguments)
            {
                ValidateArgument($"{type.Name}.{field.Name}({argument.Name}:)", argument);
            }
        }
    }

    private void ValidateInterfaces(ComplexOutputType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }

            ValidateImplementsAncestors(type, iface);
            ValidateImplementsInterface(type, iface);
        }
    }

    private void ValidateImplementsInterface(ComplexOutputType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            if (!type.Fields.TryGetField(ifaceField.Name, out var typeField))
            {
                Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.",
                    [ifaceField.SyntaxNode, .. WithExtensions(type)]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, ifaceField.Type))
            {
                Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                    TypeNodeOf(ifaceField.SyntaxNode),
                    TypeNodeOf(typeField.SyntaxNode));
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                if (!typeField.Arguments.TryGetField(ifaceArg.Name, out var typeArg))
                {
                    Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{typeField.Name} does not provide it.",
                        ifaceArg.SyntaxNode,
                        typeField.SyntaxNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{typeField.Name}({typeArg.Name}:) is type {typeArg.Type}.",
                        TypeNodeOf(ifaceArg.SyntaxNode),
                        TypeNodeOf(typeArg.SyntaxNode));
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired() && !ifaceField.Arguments.Contains(typeArg.Name))
                {
                    Report(
                        $"Argument \"{type.Name}.{typeField.Name}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".",
                        typeArg.SyntaxNode,
                        ifaceField.SyntaxNode);
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                    DeprecatedNode(typeField.SyntaxNode),
                    TypeNodeOf(typeField.SyntaxNode));
            }
        }
    }

    private void ValidateImplementsAncestors(ComplexOutputType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Implements(transitive))
            {
                Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
            }
        }
    }

    private static AstNode?[] ImplementsNodes(ComplexOutputType type, InterfaceType iface) =>
        [.. WithExtensions(type).SelectMany(n => n switch
        {
            ObjectTypeDefinitionNode d => d.Interfaces,
            ObjectTypeExtensionNode e => e.Interfaces,
            InterfaceTypeDefinitionNode d => d.Interfaces,
            InterfaceTypeExtensionNode e => e.Interfaces,
            _ => [],
        }).Where(i => i.Name.Value == iface.Name)];

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0 && !union.HadRejectedMembers)
        {
            Report($"Union type {union.Name} must define one or more member types.", WithExtensions(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", MemberNodes(union, member.Name));
            }
        }
    }

    private static AstNode?[] MemberNodes(UnionType union, string name) =>
        [.. WithExtensions(union).SelectMany(n => n switch
        {
            UnionTypeDefinitionNode d => d.Types,
            UnionTypeExtensionNode e => e.Types,
            _ => [],
        }).Where(t => t.Name.Value == name)];

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", WithExtensions(enumType));
        }

        ValidateUniqueNames(enumType.Values, n => $"Enum value \"{enumType.Name}.{n}\" can only be defined once.");
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.SyntaxNode);
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum values cannot be named: {value.Name}", value.SyntaxNode);
            }
        }
    }

    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Report($"Input Object type {input.Name} must define one or more fields.", WithExtensions(input));
        }

        ValidateUniqueNames(input.Fields, n => $"Input field \"{input.Name}.{n}\" can only be defined once.");
        foreach (var field in input.Fields)
        {
            var coordinate = $"{input.Name}.{field.Name}";
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsInputType())
            {
                Report($"The type of {coordinate} must be Input Type but got: {field.Type}.", TypeNodeOf(field.SyntaxNode));
            }

            if (field.IsRequired() && field.IsDeprecated)
            {
                Report($"Required input field {coordinate} cannot be deprecated.", DeprecatedNode(field.SyntaxNode), TypeNodeOf(field.SyntaxNode));
            }

            ValidateDefaultValue(coordinate, field);
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {coordinate} must be nullable.", TypeNodeOf(field.SyntaxNode));
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {coordinate} cannot have a default value.", field.SyntaxNode);
                }
            }
        }
    }

    private static TypeNode? TypeNodeOf(AstNode? definition) => definition switch
    {
        FieldDefinitionNode f => f.Type,
        InputValueDefinitionNode i => i.Type,
        _ => null,
    };

    private static DirectiveNode? DeprecatedNode(AstNode? definition) =>
        (definition as IHasDirectives)?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    /// <summary>
    /// Finds input objects that cannot be given a finite value (graphql-js 17): an input object has one when every
    /// non-null input-object field leads to a type that has one (a OneOf type needs just one field that does, or a
    /// field of another kind). Types left without one are reported once per cycle.
    /// </summary>
    private sealed class FiniteValueDetector(SchemaValidator validator)
    {
        private readonly Dictionary<InputObjectType, State> _states = new(ReferenceEqualityComparer.Instance);

        public void Add(InputObjectType input) => _states.TryAdd(input, new State(input));

        public void Detect()
        {
            var resolved = new Stack<State>();
            void MarkFinite(State state)
            {
                if (!state.HasFiniteValue)
                {
                    state.HasFiniteValue = true;
                    resolved.Push(state);
                }
            }

            foreach (var state in _states.Values)
            {
                foreach (var field in state.Input.Fields)
                {
                    if (Target(state.Input, field.Type) is not { } target)
                    {
                        continue;
                    }

                    state.Targets.Add((field, target));
                    if (_states.TryGetValue(target, out var targetState))
                    {
                        targetState.Dependents.Add(state);
                    }
                }

                if (state.Input.IsOneOf)
                {
                    if (state.Input.Fields.Count == 0 || state.Targets.Count < state.Input.Fields.Count)
                    {
                        MarkFinite(state);
                    }
                }
                else
                {
                    state.Unresolved = state.Targets.Count;
                    if (state.Targets.Count == 0)
                    {
                        MarkFinite(state);
                    }
                }
            }

            while (resolved.TryPop(out var next))
            {
                foreach (var dependent in next.Dependents)
                {
                    if (dependent.HasFiniteValue)
                    {
                        continue;
                    }

                    if (dependent.Input.IsOneOf || --dependent.Unresolved == 0)
                    {
                        MarkFinite(dependent);
                    }
                }
            }

            var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
            var path = new List<(string Coordinate, AstNode? Node)>();
            var indexByType = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);
            void Report(State state)
            {
                if (!visited.Add(state.Input))
                {
                    return;
                }

                indexByType[state.Input] = path.Count;
                foreach (var (field, target) in state.Targets)
                {
                    if (!_states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                    {
                        continue;
                    }

                    path.Add(($"{state.Input.Name}.{field.Name}", field.SyntaxNode));
                    if (!indexByType.TryGetValue(target, out var cycleIndex))
                    {
                        Report(targetState);
                    }
                    else
                    {
                        var cycle = path.Skip(cycleIndex).ToList();
                        validator.Report(
                            $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(c => c.Coordinate))}.",
                            [.. cycle.Select(c => c.Node)]);
                    }

                    path.RemoveAt(path.Count - 1);
                }

                indexByType.Remove(state.Input);
            }

            foreach (var state in _states.Values)
            {
                if (!state.HasFiniteValue)
                {
                    Report(state);
                }
            }
        }

        private static InputObjectType? Target(InputObjectType owner, IInputType fieldType) =>
            owner.IsOneOf
                ? fieldType as InputObjectType
                : (fieldType as NonNullType)?.OfType as InputObjectType;

        private sealed class State(InputObjectType input)
        {
            public InputObjectType Input { get; } = input;

            public List<(InputField Field, InputObjectType Target)> Targets { get; } = [];

            public List<State> Dependents { get; } = [];

            public int Unresolved { get; set; }

            public bool HasFiniteValue { get; set; }
        }
    }

    /// <summary>Finds input object default values that (through other defaults) contain themselves.</summary>
    private sealed class DefaultValueCycleDetector(SchemaValidator validator)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string Coordinate, AstNode? Node)> _path = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input) => DetectLiteral(input, AstFactory.Object([]));

        private void DetectLiteral(InputObjectType input, ValueNode value)
        {
            if (value is ListValueNode list)
            {
                foreach (var item in list.Values)
                {
                    DetectLiteral(input, item);
                }

                return;
            }

            if (value is not ObjectValueNode obj)
            {
                return;
            }

            foreach (var field in input.Fields)
            {
                if (field.Type.NamedType() is not InputObjectType fieldType)
                {
                    continue;
                }

                var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                if (given is not null)
                {
                    DetectLiteral(fieldType, given.Value);
                }
                else
                {
                    DetectFieldDefault(field, fieldType, $"{input.Name}.{field.Name}");
                }
            }
        }

        private void DetectFieldDefault(InputField field, InputObjectType fieldType, string coordinate)
        {
            if (field.DefaultValue is not { } defaultValue)
            {
                return;
            }

            if (_index.TryGetValue(coordinate, out var cycleIndex) && cycleIndex > 0)
            {
                var via = cycleIndex < _path.Count
                    ? " via the default values of: " + string.Join(", ", _path.Skip(cycleIndex).Select(p => p.Coordinate))
                    : string.Empty;
                validator.Report(
                    $"Invalid circular reference. The default value of Input Object field {coordinate} references itself{via}.",
                    [.. _path.Skip(cycleIndex - 1).Select(p => p.Node)]);
                return;
            }

            if (_visitedFields.Add(coordinate))
            {
                _path.Add((coordinate, (field.SyntaxNode as InputValueDefinitionNode)?.DefaultValue));
                _index[coordinate] = _path.Count;
                DetectLiteral(fieldType, defaultValue);
                _path.RemoveAt(_path.Count - 1);
                _index.Remove(coordinate);
            }
        }
    }
}
