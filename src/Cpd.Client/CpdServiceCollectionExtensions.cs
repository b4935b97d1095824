using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cpd.Client;

/// <summary>Registers <see cref="CpdClient"/> in an application's services.</summary>
public static class CpdServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CpdClient"/> as a typed client on <see cref="IHttpClientFactory"/> (pooled, rotated
    /// connections), configured by <paramref name="configure"/>. The options are validated when the client is first
    /// resolved. The returned builder adds message handlers (which see every attempt) or configures the primary handler.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the endpoint, API key and retry settings.</param>
    /// <returns>The HTTP client builder of the client.</returns>
    public static IHttpClientBuilder AddCpdClient(this IServiceCollection services, Action<CpdClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CpdClientOptions>().Configure(configure);
        return services
            .AddHttpClient(nameof(CpdClient), http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddTypedClient((http, provider) => new CpdClient(http, provider.GetRequiredService<IOptions<CpdClientOptions>>().Value));
    }
}
