using Cpd.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.GraphQL.AspNetCore;

/// <summary>The builder behind <see cref="IGraphQLServerBuilder"/>: it collects the schema's configuration steps.</summary>
internal sealed class GraphQLServerBuilder : IGraphQLServerBuilder
{
    public GraphQLServerBuilder(IServiceCollection services) => Services = services;

    public IServiceCollection Services { get; }

    /// <summary>The steps that configure the schema, run in order when the schema is first needed.</summary>
    public List<Action<SchemaBuilder, IServiceProvider>> SchemaSteps { get; } = [];

    /// <summary>A schema given whole, used instead of <see cref="SchemaSteps"/>.</summary>
    public GraphQLSchema? Schema { get; set; }

    public GraphQLSchema BuildSchema(IServiceProvider services)
    {
        if (Schema is not null)
        {
            return Schema;
        }

        var builder = SchemaBuilder.New();
        foreach (var step in SchemaSteps)
        {
            step(builder, services);
        }

        return builder.Build();
    }
}
