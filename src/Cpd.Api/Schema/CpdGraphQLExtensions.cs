using Cpd.Api.Mapping;
using Cpd.Api.Schema.Workforce;
using Cpd.GraphQL.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Cpd.Api.Schema;

/// <summary>Adds and maps the Cpd GraphQL API.</summary>
public static class CpdGraphQLExtensions
{
    /// <summary>
    /// Adds the GraphQL server with the schema of every feature listed in <see cref="CpdSchema"/>, the node loaders,
    /// the AutoMapper profiles and a system <see cref="IClock"/> (unless one is registered: tests register a fake).
    /// Introspection is on (the schema is public, and GraphiQL needs it). The request body limit is raised to
    /// <see cref="WorkforceSync.MaxRequestBodySize"/> so that a full <c>syncWorkforce</c> request fits. An exception a resolver
    /// throws unexpectedly is logged and answered with a generic error coded <c>INTERNAL_SERVER_ERROR</c>, never its message.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCpdGraphQL(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var schema = new CpdSchemaBuilder(services);
        CpdSchema.AddFeatures(schema);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(schema.CreateNodeRegistry());
        services.AddCpdMapping();
        services.AddGraphQLServer()
            .ConfigureSchema(schema.ApplyTo)
            .ModifyOptions(options =>
            {
                options.EnableIntrospection ??= true;
                options.MaxRequestBodySize = Math.Max(options.MaxRequestBodySize, WorkforceSync.MaxRequestBodySize);
                options.IncludeExceptionDetails = false;
            });
        return services;
    }

    /// <summary>Maps GraphQL at <c>/graphql</c>: POST and GET requests, the SDL at <c>GET /graphql?sdl</c>, and GraphiQL for browsers.</summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <returns>The endpoint's builder.</returns>
    public static IEndpointConventionBuilder MapCpdGraphQL(this IEndpointRouteBuilder endpoints) => endpoints.MapGraphQL("/graphql");
}
