using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Types;

/// <summary>
/// Turns SDL definitions and extensions into types (graphql-js's <c>buildASTSchema</c>/<c>extendSchema</c>): each
/// type gets the fields, values, members and interfaces of its definition and of all its extensions, in order;
/// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> are read into the model; resolvers registered on the
/// builder are attached.
/// </summary>
internal sealed class SdlSchemaFactory(SchemaBuilder builder, TypeRegistry registry, List<GraphQLError> errors)
{
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly List<DirectiveType> _directives = [];
    private readonly HashSet<string> _unionsWithRejectedMembers = new(StringComparer.Ordinal);

    public SchemaDefinitionNode? SchemaDefinition { get; private set; }

    public IReadOnlyList<AstNode> SchemaExtensions => _schemaExtensions;

    public bool HasSchemaDefinition => SchemaDefinition is not null;

    public string? Description => SchemaDefinition?.Description?.Value;

    public IReadOnlyList<DirectiveType> Directives => _directives;

    /// <summary>Collects the definitions and reports SDL errors that prevent building (unknown or duplicate names).</summary>
    public void Prepare(IEnumerable<DocumentNode> documents)
    {
        var definedNames = new HashSet<string>(StringComparer.Ordinal);
        var directiveNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schema:
                        if (SchemaDefinition is not null)
                        {
                            Report("Must provide only one schema definition.", schema);
                        }

                        SchemaDefinition = schema;
                        break;
                    case SchemaExtensionNode extension:
                        _schemaExtensions.Add(extension);
                        break;
                    case TypeDefinitionNode type:
                        var name = type.Name.Value;
                        if (!definedNames.Add(name) || (registry.Contains(name) && !IsReplaceableScalar(type)))
                        {
                            Report($"There can be only one type named \"{name}\".", type.Name);
                            continue;
                        }

                        _typeDefinitions.Add(type);
                        break;
                    case TypeExtensionNode extension:
                        if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                        {
                            _extensions[extension.Name.Value] = list = [];
                        }

                        list.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        if (!directiveNames.Add(directive.Name.Value))
                        {
                            Report($"There can be only one directive named \"@{directive.Name.Value}\".", directive.Name);
                            continue;
                        }

                        _directiveDefinitions.Add(directive);
                        break;
                }
            }
        }

        foreach (var (name, extensions) in _extensions)
        {
            if (!definedNames.Contains(name))
            {
                Report($"Cannot extend type \"{name}\" because it is not defined.", extensions[0].Name);
            }
        }

        CheckTypeReferences(definedNames);
    }

    /// <summary>Creates and registers a type per definition (members are produced lazily) and the directives.</summary>
    public void CreateTypes()
    {
        foreach (var definition in _typeDefinitions)
        {
            var extensions = _extensions.TryGetValue(definition.Name.Value, out var list) ? list : [];
            if (CreateType(definition, extensions) is { } type)
            {
                registry.Register(type);
            }
        }

        foreach (var directive in _directiveDefinitions)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in directive.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
            }

            _directives.Add(new DirectiveType(
                directive.Name.Value,
                locations,
                BuildArguments($"@{directive.Name.Value}", directive.Arguments),
                directive.Description?.Value,
                directive.Repeatable,
                directive));
        }
    }

    /// <summary>The root type name given by the schema definition or its extensions.</summary>
    public string? GetOperationTypeName(OperationType operation) => GetOperationTypeNode(operation)?.Name.Value;

    /// <summary>The type reference of a root operation in the schema definition or its extensions (the last one wins).</summary>
    public NamedTypeNode? GetOperationTypeNode(OperationType operation)
    {
        NamedTypeNode? found = null;
        var nodes = SchemaDefinition is null ? [] : SchemaDefinition.OperationTypes;
        foreach (var node in nodes.Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)))
        {
            if (node.Operation == operation)
            {
                found = node.Type;
            }
        }

        return found;
    }

    private bool IsReplaceableScalar(TypeDefinitionNode type) =>
        type is ScalarTypeDefinitionNode && registry.Find(type.Name.Value) is ScalarType;

    private void CheckTypeReferences(HashSet<string> definedNames)
    {
        var known = new HashSet<string>(definedNames, StringComparer.Ordinal);
        foreach (var type in registry.Types)
        {
            known.Add(type.Name);
        }

        foreach (var scalar in ScalarType.SpecifiedScalars)
        {
            known.Add(scalar.Name);
        }

        foreach (var reference in EnumerateTypeReferences())
        {
            var name = reference.Name.Value;
            if (!known.Contains(name))
            {
                var suggestions = SuggestionList.Suggest(name, known.Where(k => !k.StartsWith("__", StringComparison.Ordinal)));
                Report($"Unknown type \"{name}\".{SuggestionList.DidYouMean(suggestions)}", reference);
            }
        }
    }

    private IEnumerable<NamedTypeNode> EnumerateTypeReferences()
    {
        static NamedTypeNode Named(TypeNode node) => node switch
        {
            ListTypeNode l => Named(l.Type),
            NonNullTypeNode n => Named(n.Type),
            _ => (NamedTypeNode)node,
        };

        IEnumerable<InputValueDefinitionNode> Inputs(IEnumerable<FieldDefinitionNode> fields) => fields.SelectMany(f => f.Arguments);

        var definitions = _typeDefinitions.Cast<AstNode>().Concat(_extensions.Values.SelectMany(e => e)).Concat(_directiveDefinitions);
        foreach (var definition in definitions)
        {
            IEnumerable<NamedTypeNode> references = definition switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces.Concat(o.Fields.Select(f => Named(f.Type))).Concat(Inputs(o.Fields).Select(a => Named(a.Type))),
                ObjectTypeExtensionNode o => o.Interfaces.Concat(o.Fields.Select(f => Named(f.Type))).Concat(Inputs(o.Fields).Select(a => Named(a.Type))),
                InterfaceTypeDefinitionNode i => i.Interfaces.Concat(i.Fields.Select(f => Named(f.Type))).Concat(Inputs(i.Fields).Select(a => Named(a.Type))),
                InterfaceTypeExtensionNode i => i.Interfaces.Concat(i.Fields.Select(f => Named(f.Type))).Concat(Inputs(i.Fields).Select(a => Named(a.Type))),
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode u => u.Types,
                InputObjectTypeDefinitionNode i => i.Fields.Select(f => Named(f.Type)),
                InputObjectTypeExtensionNode i => i.Fields.Select(f => Named(f.Type)),
                DirectiveDefinitionNode d => d.Arguments.Select(a => Named(a.Type)),
                _ => [],
            };
            foreach (var reference in references)
            {
                yield return reference;
            }
        }

        var operations = (SchemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes));
        foreach (var operation in operations)
        {
            yield return operation.Type;
        }
    }

    private INamedType? CreateType(TypeDefinitionNode definition, IReadOnlyList<TypeExtensionNode> extensions)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        switch (definition)
        {
            case ScalarTypeDefinitionNode:
                if (registry.Find(name) is ScalarType existing)
                {
                    // Specified scalars and scalars added with AddScalarType keep their implementation.
                    return existing.IsSpecified ? null : existing;
                }

                var scalar = new ScalarType(name, description, SpecifiedByUrl(definition));
                scalar.SetIdentity(name, description, definition, extensions);
                return scalar;

            case ObjectTypeDefinitionNode obj:
            {
                var runtimeType = builder.RuntimeTypeFor(name);
                var type = new ObjectType(
                    name,
                    () => BuildFields(name, obj.Fields.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields))),
                    () => BuildInterfaces(name, obj.Interfaces.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces))),
                    description,
                    builder.IsOfTypeFor(name),
                    runtimeType);
                type.SetSyntax(definition, extensions);
                return type;
            }

            case InterfaceTypeDefinitionNode iface:
            {
                var type = new InterfaceType(
                    name,
                    () => BuildFields(name, iface.Fields.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields))),
                    () => BuildInterfaces(name, iface.Interfaces.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces))),
                    description,
                    builder.TypeResolverFor(name));
                type.SetSyntax(definition, extensions);
                return type;
            }

            case UnionTypeDefinitionNode union:
            {
                UnionType? created = null;
                var type = new UnionType(
                    name,
                    () =>
                    {
                        var members = BuildUnionMembers(name, union.Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)));
                        created!.HadRejectedMembers = HadRejectedMembers(name);
                        return members;
                    },
                    description,
                    builder.TypeResolverFor(name));
                created = type;
                type.SetIdentity(name, description, definition, extensions);
                return type;
            }

            case EnumTypeDefinitionNode enumNode:
            {
                var runtimeType = builder.RuntimeTypeFor(name);
                var values = enumNode.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values))
                    .Select(v => new EnumValue(
                        v.Name.Value,
                        EnumRuntimeValue(runtimeType, v.Name.Value),
                        v.Description?.Value,
                        DeprecationReason(v),
                        v))
                    .ToList();
                var type = new EnumType(name, values, description, runtimeType?.IsEnum == true ? runtimeType : null);
                type.SetIdentity(name, description, definition, extensions);
                return type;
            }

            case InputObjectTypeDefinitionNode input:
            {
                var type = new InputObjectType(
                    name,
                    () => BuildInputFields(name, input.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields))),
                    description,
                    HasDirective(input, "oneOf"));
                type.SetIdentity(name, description, definition, extensions);
                return type;
            }

            default:
                return null;
        }
    }

    private static object? EnumRuntimeValue(Type? runtimeType, string name)
    {
        if (runtimeType is { IsEnum: true })
        {
            foreach (var member in Enum.GetValues(runtimeType))
            {
                var memberName = member.ToString()!;
                if (string.Equals(memberName, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(NameConventions.ToEnumValueName(memberName), name, StringComparison.Ordinal))
                {
                    return member;
                }
            }
        }

        return null;
    }

    private List<OutputField> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> nodes)
    {
        var fields = new List<OutputField>();
        foreach (var node in nodes)
        {
            var coordinate = $"{typeName}.{node.Name.Value}";
            fields.Add(new OutputField(
                node.Name.Value,
                (IOutputType)ResolveType(node.Type, forInput: false),
                builder.ResolverFor(typeName, node.Name.Value),
                BuildArguments(coordinate, node.Arguments),
                node.Description?.Value,
                DeprecationReason(node),
                node));
        }

        fields.AddRange(builder.ExtensionFieldsFor(typeName));
        return fields;
    }

    private List<Argument> BuildArguments(string owner, IEnumerable<InputValueDefinitionNode> nodes)
    {
        var arguments = new List<Argument>();
        foreach (var node in nodes)
        {
            arguments.Add(new Argument(node.Name.Value, (IInputType)ResolveType(node.Type, forInput: true), node.DefaultValue, node.Description?.Value, DeprecationReason(node), node));
        }

        return arguments;
    }

    private List<InputField> BuildInputFields(string typeName, IEnumerable<InputValueDefinitionNode> nodes)
    {
        var fields = new List<InputField>();
        foreach (var node in nodes)
        {
            fields.Add(new InputField(node.Name.Value, (IInputType)ResolveType(node.Type, forInput: true), node.DefaultValue, node.Description?.Value, DeprecationReason(node), node));
        }

        return fields;
    }

    private List<InterfaceType> BuildInterfaces(string typeName, IEnumerable<NamedTypeNode> nodes) =>
        BuildMembers<InterfaceType>(nodes, name => $"Type {typeName} must only implement Interface types, it cannot implement {name}.");

    private List<ObjectType> BuildUnionMembers(string unionName, IEnumerable<NamedTypeNode> nodes)
    {
        var listed = nodes.ToList();
        var members = BuildMembers<ObjectType>(listed, name => $"Union type {unionName} can only include Object types, it cannot include {name}.");
        if (listed.Count > 0 && members.Count == 0)
        {
            // The union does list members (only of the wrong kind): graphql-js reports just that, not emptiness.
            _unionsWithRejectedMembers.Add(unionName);
        }

        return members;
    }

    /// <summary>Whether a union listed members that were all rejected (so it is not reported as empty).</summary>
    public bool HadRejectedMembers(string unionName) => _unionsWithRejectedMembers.Contains(unionName);

    private List<T> BuildMembers<T>(IEnumerable<NamedTypeNode> nodes, Func<string, string> wrongKind)
        where T : class, INamedType
    {
        var members = new List<T>();
        foreach (var node in nodes)
        {
            if (registry.Find(node.Name.Value) is T member)
            {
                members.Add(member);
            }
            else
            {
                Report(wrongKind(node.Name.Value), node);
            }
        }

        return members;
    }

    // Type references were checked in Prepare; a type of the wrong kind is wrapped so that validation reports it.
    private IType ResolveType(TypeNode node, bool forInput) => node switch
    {
        ListTypeNode list => new ListType(ResolveType(list.Type, forInput)),
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type, forInput)),
        _ => registry.Find(((NamedTypeNode)node).Name.Value) switch
        {
            IInputType input when forInput && input.IsInputType() => input,
            IOutputType output when !forInput && output.IsOutputType() => output,
            var other => new MisplacedType(other!),
        },
    };

    private string? DeprecationReason(IHasDirectives node)
    {
        var directive = node.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (directive is null)
        {
            return null;
        }

        var reason = directive.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
        if (reason is null)
        {
            return DirectiveType.DefaultDeprecationReason;
        }

        CheckDirectiveArgument(DirectiveType.Deprecated, reason);
        return reason.Value is StringValueNode s ? s.Value : DirectiveType.DefaultDeprecationReason;
    }

    /// <summary>Reports an argument literal of a built-in directive that is not valid for its type, as graphql-js's getDirectiveValues does.</summary>
    private void CheckDirectiveArgument(DirectiveType directive, ArgumentNode argument)
    {
        if (directive.Arguments.Find(argument.Name.Value) is not { } definition)
        {
            return;
        }

        InputValueValidator.ValidateInputLiteral(
            argument.Value,
            definition.Type,
            (error, path) => errors.Add(new GraphQLError(
                $"Argument \"@{directive.Name}({definition.Name}:)\" has invalid value{(path.Count == 0 ? string.Empty : " at " + string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p)))}: {error.Message}",
                error.Locations ?? (argument.Value.Location is { } l ? [l.StartLocation] : null))));
    }

    private static string? SpecifiedByUrl(TypeDefinitionNode node)
    {
        var directive = node.Directives.FirstOrDefault(d => d.Name.Value == "specifiedBy");
        return directive?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode s ? s.Value : null;
    }

    private static bool HasDirective(InputObjectTypeDefinitionNode node, string name) => node.Directives.Any(d => d.Name.Value == name);

    private void Report(string message, AstNode node) =>
        errors.Add(new GraphQLError(message, node.Location is { } l ? [l.StartLocation] : null));
}
