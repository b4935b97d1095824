using Cpd.GraphQL.AspNetCore.DataLoaders;
using Cpd.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.GraphQL.AspNetCore;

/// <summary>Gives resolvers the request's services and DataLoaders.</summary>
public static class ResolverContextExtensions
{
    /// <summary>The request's instance of a DataLoader registered with <see cref="GraphQLServerBuilderExtensions.AddDataLoader{TLoader}"/>.</summary>
    /// <typeparam name="TLoader">The DataLoader's type.</typeparam>
    /// <param name="context">The resolver's context.</param>
    /// <returns>The DataLoader, shared by every resolver of the request.</returns>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetRequiredService<TLoader>();
    }

    /// <summary>A service from the request's scope.</summary>
    /// <typeparam name="TService">The service's type.</typeparam>
    /// <param name="context">The resolver's context.</param>
    /// <returns>The service.</returns>
    public static TService Service<TService>(this IResolverContext context)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetRequiredService<TService>();
    }
}
