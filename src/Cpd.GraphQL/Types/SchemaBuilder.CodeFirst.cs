using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <content>Code-first: CLR types inferred by convention and descriptor types.</content>
public sealed partial class SchemaBuilder
{
    private readonly List<Type> _clrTypes = [];
    private readonly Dictionary<OperationType, object> _roots = [];
    private readonly Dictionary<OperationType, string> _rootNames = [];
    private readonly List<(Type Runtime, object Scalar)> _scalarBindings = [];
    private readonly List<Type> _extensions = [];
    private CodeFirstTypeFactory? _codeFirst;

    /// <summary>Sets the query type: a CLR class whose members become fields (created per schema when no root value is given), or a schema type class such as <c>ObjectType&lt;Query&gt;</c>.</summary>
    /// <typeparam name="T">The CLR or schema type class.</typeparam>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddQueryType<T>() => AddRoot(OperationType.Query, typeof(T));

    /// <summary>Sets the query type to a type instance.</summary>
    /// <param name="type">The object type.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddQueryType(ObjectType type) => AddRoot(OperationType.Query, type);

    /// <summary>Sets the mutation type (see <see cref="AddQueryType{T}()"/>).</summary>
    /// <typeparam name="T">The CLR or schema type class.</typeparam>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddMutationType<T>() => AddRoot(OperationType.Mutation, typeof(T));

    /// <summary>Sets the mutation type to a type instance.</summary>
    /// <param name="type">The object type.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddMutationType(ObjectType type) => AddRoot(OperationType.Mutation, type);

    /// <summary>Sets the subscription type (see <see cref="AddQueryType{T}()"/>).</summary>
    /// <typeparam name="T">The CLR or schema type class.</typeparam>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddSubscriptionType<T>() => AddRoot(OperationType.Subscription, typeof(T));

    /// <summary>
    /// Adds a type: a CLR class, record, interface or enum (inferred by convention), or a schema type class such as
    /// <c>MyObjectType : ObjectType&lt;Book&gt;</c> or a custom <see cref="ScalarType"/> subclass.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <summary>Adds a CLR type or schema type class (see <see cref="AddType{T}()"/>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _clrTypes.Add(type);
        return this;
    }

    /// <summary>Adds a type extension: a class marked <see cref="ExtendObjectTypeAttribute"/> whose members become fields of the extended type.</summary>
    /// <typeparam name="T">The extension class.</typeparam>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    /// <summary>Adds a type extension class (see <see cref="AddTypeExtension{T}()"/>).</summary>
    /// <param name="extension">The extension class.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddTypeExtension(Type extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        _extensions.Add(extension);
        return this;
    }

    /// <summary>Makes code-first inference map a CLR type to a scalar (e.g. <c>BindRuntimeType&lt;LocalDate, DateType&gt;()</c>).</summary>
    /// <typeparam name="TRuntime">The CLR type.</typeparam>
    /// <typeparam name="TScalar">The scalar class (an added instance of it is used, else one is created).</typeparam>
    /// <returns>This builder.</returns>
    public SchemaBuilder BindRuntimeType<TRuntime, TScalar>()
        where TScalar : ScalarType
    {
        _scalarBindings.Add((typeof(TRuntime), typeof(TScalar)));
        return this;
    }

    /// <summary>Makes code-first inference map a CLR type to a scalar instance.</summary>
    /// <param name="runtimeType">The CLR type.</param>
    /// <param name="scalar">The scalar.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder BindRuntimeType(Type runtimeType, ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        ArgumentNullException.ThrowIfNull(scalar);
        _scalarBindings.Add((runtimeType, scalar));
        return this;
    }

    private SchemaBuilder AddRoot(OperationType operation, object type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _roots[operation] = type;
        return this;
    }

    private void BuildCodeFirstTypes(TypeRegistry registry)
    {
        _codeFirst = null;
        if (registry.Unnamed.Count == 0 && _clrTypes.Count == 0 && _roots.Count == 0 && _extensions.Count == 0)
        {
            return;
        }

        var factory = _codeFirst = new CodeFirstTypeFactory(registry);
        foreach (var scalar in registry.Types.OfType<ScalarType>().Where(s => s.RuntimeType != typeof(object)))
        {
            factory.BindScalar(scalar.RuntimeType, scalar);
        }

        foreach (var (runtime, scalar) in _scalarBindings)
        {
            factory.BindScalar(runtime, scalar as ScalarType ?? ScalarInstance(registry, (Type)scalar));
        }

        foreach (var unnamed in registry.Unnamed)
        {
            if (unnamed is not IConfigurableType)
            {
                throw new InvalidOperationException($"The type {unnamed.GetType().Name} has no name.");
            }

            factory.AddConfigured(unnamed);
        }

        foreach (var (operation, root) in _roots)
        {
            INamedType type = root switch
            {
                NamedType { IsNamed: false } unnamed => factory.AddConfigured(unnamed),
                NamedType named => RegisterRoot(registry, named),
                Type clr => factory.EnsureOutput(clr),
                _ => throw new InvalidOperationException("Unexpected root."),
            };
            if (type is IConfigurableType configurable)
            {
                factory.MarkRoot(configurable.RuntimeClrType);
            }
            else if (root is Type clr && !typeof(NamedType).IsAssignableFrom(clr))
            {
                factory.MarkRoot(clr);
            }

            _rootNames[operation] = type.Name;
        }

        foreach (var clr in _clrTypes)
        {
            factory.EnsureOutput(clr);
        }

        foreach (var extension in _extensions)
        {
            factory.AddExtension(extension);
        }

        factory.DiscoverAll();
    }

    private static NamedType RegisterRoot(TypeRegistry registry, NamedType type)
    {
        registry.Register(type);
        return type;
    }

    private static ScalarType ScalarInstance(TypeRegistry registry, Type scalarClass) =>
        registry.Types.FirstOrDefault(t => t.GetType() == scalarClass) as ScalarType
        ?? (ScalarType)(Activator.CreateInstance(scalarClass) ?? throw new InvalidOperationException($"Cannot create {scalarClass.Name}."));

    private string? CodeFirstRootName(OperationType operation) => _rootNames.GetValueOrDefault(operation);
}
