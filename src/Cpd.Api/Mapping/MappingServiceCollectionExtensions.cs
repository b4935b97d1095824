namespace Cpd.Api.Mapping;

/// <summary>Registers AutoMapper with every profile of this folder (entity → GraphQL output type).</summary>
public static class MappingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AutoMapper.IMapper"/> with the API's profiles.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCpdMapping(this IServiceCollection services) =>
        services.AddAutoMapper(_ => { }, typeof(MappingServiceCollectionExtensions).Assembly);
}
