using Microsoft.Extensions.DependencyInjection;

namespace Cpd.GraphQL.AspNetCore;

/// <summary>
/// Configures the GraphQL server that <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer"/> registered:
/// its schema, options and DataLoaders (see <see cref="GraphQLServerBuilderExtensions"/>).
/// </summary>
public interface IGraphQLServerBuilder
{
    /// <summary>The application's services.</summary>
    IServiceCollection Services { get; }
}
