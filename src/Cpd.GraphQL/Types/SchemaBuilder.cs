using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from any mix of SDL documents, programmatic types and code-first CLR types
/// (HotChocolate style): <c>SchemaBuilder.New().AddDocumentFromString(sdl).AddResolver("Query", "hello", …).Build()</c>
/// or <c>SchemaBuilder.New().AddQueryType&lt;Query&gt;().Build()</c>.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<INamedType> _types = [];
    private readonly List<DirectiveType> _directives = [];
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isOfType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private string? _queryTypeName;
    private string? _mutationTypeName;
    private string? _subscriptionTypeName;
    private string? _description;

    private SchemaBuilder()
    {
    }

    /// <summary>Starts a new builder.</summary>
    /// <returns>An empty builder.</returns>
    public static SchemaBuilder New() => new();

    /// <summary>Adds type definitions and extensions written in SDL.</summary>
    /// <param name="sdl">The SDL text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="GraphQLSyntaxException">The text does not parse.</exception>
    public SchemaBuilder AddDocumentFromString(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add(Parser.Parse(sdl));
        return this;
    }

    /// <summary>Adds type definitions and extensions from a parsed document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Adds a type instance: a programmatic type, a custom scalar, or a descriptor type such as <c>ObjectType&lt;T&gt;</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddType(INamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a custom scalar (SDL <c>scalar X</c> declarations of the same name use it).</summary>
    /// <param name="scalar">The scalar.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddScalarType(ScalarType scalar) => AddType(scalar);

    /// <summary>Adds a directive definition.</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddDirectiveType(DirectiveType directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>Sets the resolver of a field of a type defined in SDL.</summary>
    /// <param name="typeName">The object or interface type's name.</param>
    /// <param name="fieldName">The field's name.</param>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver of a field of a type defined in SDL.</summary>
    /// <param name="typeName">The object or interface type's name.</param>
    /// <param name="fieldName">The field's name.</param>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>Sets how values of an interface or union defined in SDL find their object type.</summary>
    /// <param name="abstractTypeName">The interface or union's name.</param>
    /// <param name="resolver">The type resolver.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Sets how values of an interface or union defined in SDL find their object type, by type name.</summary>
    /// <param name="abstractTypeName">The interface or union's name.</param>
    /// <param name="resolveTypeName">Returns the object type's name for a value.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, Func<object, string?> resolveTypeName)
    {
        ArgumentNullException.ThrowIfNull(resolveTypeName);
        return AddTypeResolver(abstractTypeName, (value, context) => resolveTypeName(value) is { } name ? context.Schema.GetType(name) as ObjectType : null);
    }

    /// <summary>Sets how to recognise values of an object type defined in SDL (for abstract type resolution).</summary>
    /// <param name="objectTypeName">The object type's name.</param>
    /// <param name="isOfType">Whether a value is of the type.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddIsOfType(string objectTypeName, Func<object, bool> isOfType)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectTypeName);
        ArgumentNullException.ThrowIfNull(isOfType);
        _isOfType[objectTypeName] = isOfType;
        return this;
    }

    /// <summary>Binds an SDL object or enum type to a CLR type: objects read its members and are recognised by it; enum values map to its members by name.</summary>
    /// <typeparam name="TRuntime">The CLR type.</typeparam>
    /// <param name="typeName">The SDL type's name.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder BindRuntimeType<TRuntime>(string typeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        _runtimeTypes[typeName] = typeof(TRuntime);
        return this;
    }

    /// <summary>Names the query root type (default: the schema definition, else the type named <c>Query</c>).</summary>
    /// <param name="typeName">The type's name.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder SetQueryType(string typeName)
    {
        _queryTypeName = typeName;
        return this;
    }

    /// <summary>Names the mutation root type.</summary>
    /// <param name="typeName">The type's name.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder SetMutationType(string typeName)
    {
        _mutationTypeName = typeName;
        return this;
    }

    /// <summary>Names the subscription root type.</summary>
    /// <param name="typeName">The type's name.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder SetSubscriptionType(string typeName)
    {
        _subscriptionTypeName = typeName;
        return this;
    }

    /// <summary>Sets the schema's description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder SetDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <returns>The schema.</returns>
    /// <exception cref="SchemaValidationException">The SDL or the type system is invalid (all errors are reported).</exception>
    public GraphQLSchema Build()
    {
        var registry = new TypeRegistry();
        var errors = new List<GraphQLError>();
        foreach (var type in _types)
        {
            registry.AddInstance(type);
        }

        BuildCodeFirstTypes(registry);
        var sdl = new SdlSchemaFactory(this, registry, errors);
        sdl.Prepare(_documents);
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        sdl.CreateTypes();

        ObjectType? Root(string? explicitName, OperationType operation, string conventionalName)
        {
            var name = explicitName ?? sdl.GetOperationTypeName(operation) ?? CodeFirstRootName(operation)
                ?? (sdl.HasSchemaDefinition ? null : conventionalName);
            if (name is null || registry.Find(name) is not { } type)
            {
                return null;
            }

            if (type is ObjectType objectType)
            {
                return objectType;
            }

            var location = sdl.GetOperationTypeNode(operation)?.Location;
            errors.Add(new GraphQLError(
                operation == OperationType.Query
                    ? $"Query root type must be Object type, it cannot be {name}."
                    : $"{operation} root type must be Object type if provided, it cannot be {name}.",
                location is null ? null : [location.StartLocation]));
            return null;
        }

        var query = Root(_queryTypeName, OperationType.Query, "Query");
        var mutation = Root(_mutationTypeName, OperationType.Mutation, "Mutation");
        var subscription = Root(_subscriptionTypeName, OperationType.Subscription, "Subscription");
        var directives = new List<DirectiveType>(sdl.Directives);
        directives.AddRange(_directives);
        foreach (var specified in DirectiveType.SpecifiedDirectives)
        {
            if (directives.TrueForAll(d => d.Name != specified.Name))
            {
                directives.Add(specified);
            }
        }

        return new GraphQLSchema(
            query,
            mutation,
            subscription,
            registry.Types,
            directives,
            _description ?? sdl.Description,
            sdl.SchemaDefinition,
            sdl.SchemaExtensions,
            false,
            errors);
    }
}
