using System.Reflection;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Cpd.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cpd.Api.Schema;

/// <summary>
/// What the features contribute to the schema: their <c>[ExtendObjectType]</c> classes, extra types, node loaders and
/// DataLoaders. Each feature has one extension method on this builder (<c>schema.AddOrganisations()</c>), called from the
/// one list in <see cref="CpdSchema"/>. Connections (<see cref="Connection{TNode}"/>) that resolvers return are found and
/// named (<c>OrganisationConnection</c>, <c>OrganisationEdge</c>) without registration.
/// </summary>
public sealed class CpdSchemaBuilder
{
    private readonly List<Type> _extensions = [];
    private readonly List<Type> _types = [];
    private readonly Dictionary<string, NodeLoader> _nodes = new(StringComparer.Ordinal);

    internal CpdSchemaBuilder(IServiceCollection services) => Services = services;

    /// <summary>The application's services, for a feature's own registrations.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a class marked <c>[ExtendObjectType("Query")]</c>, <c>("Mutation")</c> or <c>(typeof(SomeOutput))</c>.</summary>
    /// <typeparam name="T">The extension class.</typeparam>
    /// <returns>This builder.</returns>
    public CpdSchemaBuilder AddTypeExtension<T>()
        where T : class
    {
        _extensions.Add(typeof(T));
        return this;
    }

    /// <summary>Adds a type that no field reaches by its CLR type (e.g. an object type only returned through an interface).</summary>
    /// <typeparam name="T">The CLR or schema type class.</typeparam>
    /// <returns>This builder.</returns>
    public CpdSchemaBuilder AddType<T>()
    {
        _types.Add(typeof(T));
        return this;
    }

    /// <summary>
    /// Makes an output type reachable through <c>node(id:)</c>: <paramref name="loader"/> fetches it by database id with
    /// the same access rules as its own query. The type is added to the schema too.
    /// </summary>
    /// <typeparam name="TNode">The output type (implements <see cref="INode"/>).</typeparam>
    /// <param name="loader">Loads a node for the caller.</param>
    /// <returns>This builder.</returns>
    public CpdSchemaBuilder AddNode<TNode>(NodeLoader loader)
        where TNode : class, INode
    {
        ArgumentNullException.ThrowIfNull(loader);
        var name = GraphQLNames.Of<TNode>();
        if (!_nodes.TryAdd(name, loader))
        {
            throw new InvalidOperationException($"The node type {name} is registered twice.");
        }

        _types.Add(typeof(TNode));
        return this;
    }

    /// <summary>Registers a DataLoader with one instance per request.</summary>
    /// <typeparam name="TLoader">The DataLoader.</typeparam>
    /// <returns>This builder.</returns>
    public CpdSchemaBuilder AddDataLoader<TLoader>()
        where TLoader : class, IDataLoader
    {
        Services.AddGraphQLServer().AddDataLoader<TLoader>();
        return this;
    }

    internal NodeRegistry CreateNodeRegistry() => new(_nodes);

    internal void ApplyTo(SchemaBuilder schema)
    {
        schema.AddQueryType<Query>();
        if (_extensions.Exists(e => e.GetCustomAttribute<ExtendObjectTypeAttribute>()?.Name == "Mutation"))
        {
            schema.AddMutationType<Mutation>();
        }

        schema.AddScalarType(new DateType()).AddScalarType(new DateTimeType()).AddScalarType(new PeriodType());
        schema.BindRuntimeType<LocalDate, DateType>().BindRuntimeType<Instant, DateTimeType>().BindRuntimeType<Period, PeriodType>();
        schema.AddType<INode>();
        foreach (var node in ConnectionDiscovery.NodeTypes([.. _extensions, .. _types]))
        {
            schema.AddType((INamedType)Activator.CreateInstance(typeof(ConnectionType<>).MakeGenericType(node))!);
            schema.AddType((INamedType)Activator.CreateInstance(typeof(EdgeType<>).MakeGenericType(node))!);
        }

        foreach (var type in _types)
        {
            schema.AddType(type);
        }

        foreach (var extension in _extensions)
        {
            schema.AddTypeExtension(extension);
        }
    }
}
