using Cpd.Api.Operations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Cpd.Api.Auth;

/// <summary>Wires authentication (API keys, optional JWT), the per-request <see cref="Caller"/> and <see cref="AccessPolicy"/>.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bearer scheme, <see cref="Caller"/> and <see cref="AccessPolicy"/> (scoped), <see cref="ApiKeyIssuer"/>,
    /// and JWT validation from <c>Auth:Jwt</c> (<see cref="JwtOptions"/>). Needs the persistence services.
    /// </summary>
    public static IServiceCollection AddCpdAuth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<IClock>(NodaTime.SystemClock.Instance);
        services.TryAddSingleton<AuditLog>();
        services.AddHttpContextAccessor();
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.AddSingleton<JwtValidator>();
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<ApiKeyIssuer>();
        services.AddScoped(provider => Caller.FromPrincipal(provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
        services.AddScoped<AccessPolicy>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        return services;
    }

    /// <summary>
    /// Authenticates every request: a failed credential is answered with 401 here (no anonymous fallback for a wrong
    /// token), and the rest of the request runs in a log scope naming the caller's role and key id.
    /// </summary>
    public static IApplicationBuilder UseCpdAuth(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Cpd.Api.Auth");
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync(BearerAuthenticationHandler.SchemeName).ConfigureAwait(false);
            if (result.Failure is not null)
            {
                await context.ChallengeAsync(BearerAuthenticationHandler.SchemeName).ConfigureAwait(false);
                return;
            }

            var caller = context.RequestServices.GetRequiredService<Caller>();
            using (logger.BeginScope(new CallerLogScope(caller)))
            {
                await next(context).ConfigureAwait(false);
            }
        });
    }
}
