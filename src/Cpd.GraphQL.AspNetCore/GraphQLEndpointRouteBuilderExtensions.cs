using Cpd.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP at a path: <c>POST</c> (JSON), <c>GET</c> (queries only; a mutation is refused with 405),
    /// <c>GET ?sdl</c> (the schema as SDL) and, for a browser, the GraphiQL IDE. Needs
    /// <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer"/>.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">The path (default <c>/graphql</c>).</param>
    /// <returns>The endpoint's builder (for authorization, CORS, rate limiting...).</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException("MapGraphQL needs services.AddGraphQLServer() first.");
        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
