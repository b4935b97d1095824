using Cpd.GraphQL.AspNetCore.DataLoaders;
using Cpd.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cpd.GraphQL.AspNetCore;

/// <summary>Configures a GraphQL server's schema, options and DataLoaders.</summary>
public static class GraphQLServerBuilderExtensions
{
    /// <summary>Adds a step that configures the schema (types, SDL, resolvers); steps run in order when the schema is first needed.</summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="configure">The step; it may read the application's services.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder ConfigureSchema(this IGraphQLServerBuilder builder, Action<SchemaBuilder, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Setup(builder).SchemaSteps.Add(configure);
        return builder;
    }

    /// <summary>Adds a step that configures the schema (types, SDL, resolvers).</summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="configure">The step.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder ConfigureSchema(this IGraphQLServerBuilder builder, Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ConfigureSchema((schema, _) => configure(schema));
    }

    /// <summary>Serves a schema built elsewhere instead of configuring one.</summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="schema">The schema.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder UseSchema(this IGraphQLServerBuilder builder, GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Setup(builder).Schema = schema;
        return builder;
    }

    /// <summary>Adds type definitions in SDL to the schema.</summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="sdl">The SDL text.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder AddDocumentFromString(this IGraphQLServerBuilder builder, string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return builder.ConfigureSchema(schema => schema.AddDocumentFromString(sdl));
    }

    /// <summary>Sets the resolver of a field defined in SDL.</summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="typeName">The object type's name.</param>
    /// <param name="fieldName">The field's name.</param>
    /// <param name="resolver">The resolver.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder AddResolver(this IGraphQLServerBuilder builder, string typeName, string fieldName, FieldResolver resolver) =>
        builder.ConfigureSchema(schema => schema.AddResolver(typeName, fieldName, resolver));

    /// <summary>Sets a synchronous resolver of a field defined in SDL.</summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="typeName">The object type's name.</param>
    /// <param name="fieldName">The field's name.</param>
    /// <param name="resolver">The resolver.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder AddResolver(this IGraphQLServerBuilder builder, string typeName, string fieldName, Func<IResolverContext, object?> resolver) =>
        builder.ConfigureSchema(schema => schema.AddResolver(typeName, fieldName, resolver));

    /// <summary>Changes the server's options (limits, introspection, document cache, IDE).</summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder ModifyOptions(this IGraphQLServerBuilder builder, Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Registers a DataLoader (a <see cref="BatchDataLoader{TKey, TValue}"/> or <see cref="GroupedDataLoader{TKey, TValue}"/>)
    /// with one instance, and so one cache, per request; resolvers get it with
    /// <see cref="ResolverContextExtensions.DataLoader{TLoader}"/>.
    /// </summary>
    /// <typeparam name="TLoader">The DataLoader's type.</typeparam>
    /// <param name="builder">The server builder.</param>
    /// <returns>The builder.</returns>
    public static IGraphQLServerBuilder AddDataLoader<TLoader>(this IGraphQLServerBuilder builder)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<TLoader>();
        return builder;
    }

    private static GraphQLServerBuilder Setup(IGraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder as GraphQLServerBuilder
            ?? throw new ArgumentException("The builder was not made by AddGraphQLServer.", nameof(builder));
    }
}
