using System.Collections.Frozen;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>
/// A GraphQL schema. Construction collects every type reachable from the roots, the extra types and the directives,
/// completes them (default resolvers, coerced defaults), builds the lookups once, and validates the whole type
/// system, throwing <see cref="SchemaValidationException"/> with every error found.
/// </summary>
public sealed class GraphQLSchema : ISchema
{
    private readonly FrozenDictionary<string, INamedType> _typeMap;
    private readonly FrozenDictionary<string, DirectiveType> _directiveMap;
    private readonly FrozenDictionary<string, InterfaceImplementations> _implementations;
    private readonly FrozenDictionary<string, FrozenSet<string>> _subTypes;
    private readonly ObjectType? _queryType;

    /// <summary>Creates and validates a schema.</summary>
    /// <param name="query">The query root type.</param>
    /// <param name="mutation">The mutation root type.</param>
    /// <param name="subscription">The subscription root type.</param>
    /// <param name="types">Types to include even when no root reaches them (e.g. implementations of an interface), first in order.</param>
    /// <param name="directives">The directives; the specified directives when omitted.</param>
    /// <param name="description">The schema's description.</param>
    /// <param name="assumeValid">Skip type-system validation (for schemas known to be valid).</param>
    /// <exception cref="SchemaValidationException">The type system is invalid.</exception>
    public GraphQLSchema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<INamedType>? types = null,
        IEnumerable<DirectiveType>? directives = null,
        string? description = null,
        bool assumeValid = false)
        : this(query, mutation, subscription, types, directives, description, null, null, assumeValid, null)
    {
    }

    internal GraphQLSchema(
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IEnumerable<INamedType>? types,
        IEnumerable<DirectiveType>? directives,
        string? description,
        AstNode? syntaxNode,
        IReadOnlyList<AstNode>? extensionSyntaxNodes,
        bool assumeValid,
        IReadOnlyList<GraphQLError>? buildErrors)
    {
        _queryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        SyntaxNode = syntaxNode;
        ExtensionSyntaxNodes = extensionSyntaxNodes ?? [];
        Directives = directives is null ? DirectiveType.SpecifiedDirectives : [.. directives];

        var collector = new TypeCollector();
        var extraTypes = types?.ToList() ?? [];
        collector.Reserve(extraTypes);
        foreach (var type in extraTypes)
        {
            collector.CollectReserved(type);
        }

        collector.Collect(query);
        collector.Collect(mutation);
        collector.Collect(subscription);
        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                collector.Collect(argument.Type);
            }
        }

        collector.Collect(Introspection.SchemaType);
        Types = collector.Types;

        var typeMap = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        var implementations = new Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (!typeMap.TryAdd(type.Name, type))
            {
                collector.Errors.Add($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            if (type is ComplexOutputType complex)
            {
                foreach (var iface in complex.Interfaces)
                {
                    if (!implementations.TryGetValue(iface.Name, out var entry))
                    {
                        implementations[iface.Name] = entry = ([], []);
                    }

                    if (complex is ObjectType o)
                    {
                        entry.Objects.Add(o);
                    }
                    else
                    {
                        entry.Interfaces.Add((InterfaceType)complex);
                    }
                }
            }
        }

        _typeMap = typeMap.ToFrozenDictionary(StringComparer.Ordinal);
        _implementations = implementations.ToFrozenDictionary(
            p => p.Key,
            p => new InterfaceImplementations(p.Value.Objects, p.Value.Interfaces),
            StringComparer.Ordinal);
        _subTypes = BuildSubTypes();
        var directiveMap = new Dictionary<string, DirectiveType>(StringComparer.Ordinal);
        foreach (var d in Directives)
        {
            directiveMap.TryAdd(d.Name, d);
        }

        _directiveMap = directiveMap.ToFrozenDictionary(StringComparer.Ordinal);

        foreach (var type in Types)
        {
            if (type is NamedType named)
            {
                named.Complete();
            }
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                argument.Complete();
            }
        }

        if (!assumeValid)
        {
            var errors = SchemaValidator.Validate(this, buildErrors ?? [], collector.Errors);
            if (errors.Count > 0)
            {
                throw new SchemaValidationException(errors);
            }
        }
    }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public ObjectType QueryType => _queryType ?? throw new InvalidOperationException("The schema has no query type.");

    /// <inheritdoc/>
    public ObjectType? MutationType { get; }

    /// <inheritdoc/>
    public ObjectType? SubscriptionType { get; }

    /// <inheritdoc/>
    public IReadOnlyList<INamedType> Types { get; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveType> Directives { get; }

    /// <summary>The schema definition this schema was built from, when built from SDL.</summary>
    public AstNode? SyntaxNode { get; }

    /// <summary>The schema extensions applied, when built from SDL.</summary>
    public IReadOnlyList<AstNode> ExtensionSyntaxNodes { get; }

    /// <summary>The query root type, or <see langword="null"/> for an (invalid) schema without one.</summary>
    internal ObjectType? QueryTypeOrNull => _queryType;

    /// <inheritdoc/>
    public INamedType? GetType(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _typeMap.GetValueOrDefault(name);
    }

    /// <inheritdoc/>
    public DirectiveType? GetDirective(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _directiveMap.GetValueOrDefault(name);
    }

    /// <inheritdoc/>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => _queryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <inheritdoc/>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return abstractType is UnionType union ? union.Types : GetImplementations((InterfaceType)abstractType).Objects;
    }

    /// <summary>The object and interface types implementing an interface.</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <returns>The implementations.</returns>
    public InterfaceImplementations GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.GetValueOrDefault(interfaceType.Name) ?? InterfaceImplementations.None;
    }

    /// <inheritdoc/>
    public bool IsSubType(IAbstractType abstractType, INamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        return _subTypes.TryGetValue(abstractType.Name, out var set) && set.Contains(maybeSubType.Name);
    }

    private FrozenDictionary<string, FrozenSet<string>> BuildSubTypes()
    {
        var map = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            IEnumerable<string>? names = type switch
            {
                UnionType u => u.Types.Select(t => t.Name),
                InterfaceType i => GetImplementations(i) is var impl
                    ? impl.Objects.Select(o => o.Name).Concat(impl.Interfaces.Select(x => x.Name))
                    : null,
                _ => null,
            };
            if (names is not null)
            {
                map.TryAdd(type.Name, names.ToFrozenSet(StringComparer.Ordinal));
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Collects named types reachable from a starting type, in graphql-js's order.</summary>
    private sealed class TypeCollector
    {
        private readonly HashSet<INamedType> _seen = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<INamedType> _reserved = new(ReferenceEqualityComparer.Instance);

        public List<INamedType> Types { get; } = [];

        public List<string> Errors { get; } = [];

        /// <summary>Marks the extra types so that dependencies do not pull them ahead of their given position (as graphql-js does).</summary>
        public void Reserve(IEnumerable<INamedType> types)
        {
            foreach (var type in types)
            {
                _reserved.Add(type);
            }
        }

        public void CollectReserved(INamedType type)
        {
            _reserved.Remove(type);
            Collect(type);
        }

        public void Collect(IType? type)
        {
            if (type is null)
            {
                return;
            }

            var named = type.NamedType();
            if (named is MisplacedType misplaced)
            {
                named = misplaced.Inner;
            }

            if (_reserved.Contains(named) || !_seen.Add(named))
            {
                return;
            }

            Types.Add(named);
            switch (named)
            {
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        Collect(member);
                    }

                    break;
                case IComplexOutputType complex:
                    foreach (var iface in complex.Interfaces)
                    {
                        Collect(iface);
                    }

                    foreach (var field in complex.Fields)
                    {
                        Collect(field.Type);
                        foreach (var argument in field.Arguments)
                        {
                            Collect(argument.Type);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Collect(field.Type);
                    }

                    break;
            }
        }
    }
}
