using Cpd.GraphQL.AspNetCore.DataLoaders;
using Cpd.GraphQL.AspNetCore.Execution;
using Cpd.GraphQL.AspNetCore.Http;
using Cpd.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cpd.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL server in an application's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL server: the schema (configured through the returned builder), the request executor with its
    /// document cache and limits, the per-request DataLoader scope and the HTTP endpoint that
    /// <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> maps. Calling it again returns the same builder.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The builder that configures the schema, options and DataLoaders.</returns>
    public static IGraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(GraphQLServerBuilder) && descriptor.ImplementationInstance is GraphQLServerBuilder existing)
            {
                return existing;
            }
        }

        var builder = new GraphQLServerBuilder(services);
        services.AddSingleton(builder);
        services.AddOptions<GraphQLServerOptions>();
        services.AddLogging();
        services.TryAddSingleton(static sp => sp.GetRequiredService<GraphQLServerBuilder>().BuildSchema(sp));
        services.TryAddSingleton<GraphQLRequestExecutor>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddScoped<DataLoaderScope>();
        services.TryAddScoped<IBatchScheduler>(static sp => sp.GetRequiredService<DataLoaderScope>());
        return builder;
    }

    /// <summary>Gets the schema the server was configured with (built on first use).</summary>
    /// <param name="services">The application's service provider.</param>
    /// <returns>The schema.</returns>
    public static GraphQLSchema GetGraphQLSchema(this IServiceProvider services) => services.GetRequiredService<GraphQLSchema>();
}
