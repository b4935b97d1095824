using Cpd.GraphQL.AspNetCore.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.GraphQL.AspNetCore.Tests.Support;

internal static class ServiceProviderExtensions
{
    public static GraphQLRequestExecutor GetGraphQLRequestExecutor(this IServiceProvider services) => services.GetRequiredService<GraphQLRequestExecutor>();

    public static T GetTestService<T>(this IServiceProvider services)
        where T : notnull => services.GetRequiredService<T>();
}
