using Cpd.Api.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Operations;

/// <summary>Wires the operational parts: the audit log, idempotent retries, health, log scopes and graceful shutdown.</summary>
public static class OperationsServiceCollectionExtensions
{
    /// <summary>The health endpoint's path.</summary>
    public const string HealthPath = "/health";

    /// <summary>
    /// Registers <see cref="AuditLog"/>, the idempotency store and its hourly purge, the database health check, console
    /// log scopes (so that each line carries the caller's role and key id; choose the JSON console with
    /// <c>Logging:Console:FormatterName=json</c>), and the shutdown timeout (<see cref="OperationsOptions"/>).
    /// </summary>
    public static IServiceCollection AddCpdOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<AuditLog>();
        services.AddOptions<IdempotencyOptions>()
            .Bind(configuration.GetSection(IdempotencyOptions.Section))
            .Validate(o => o.Retention >= TimeSpan.FromHours(24), "Idempotency:Retention must be at least 24 hours.")
            .Validate(o => o.InFlightTimeout > TimeSpan.Zero && o.PurgeInterval > TimeSpan.Zero, "Idempotency timeouts must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<IdempotencyStore>();
        services.AddHostedService<IdempotencyPurgeService>();
        services.AddHealthChecks().AddDbContextCheck<CpdDbContext>("database",
            customTestQuery: async (db, cancellationToken) =>
            {
                // Reads a table, so that a database without the schema is unhealthy, not just one that cannot be opened.
                await db.KeySequences.AnyAsync(cancellationToken).ConfigureAwait(false);
                return true;
            });
        services.Configure<SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);
        var operations = configuration.GetSection(OperationsOptions.Section).Get<OperationsOptions>() ?? new OperationsOptions();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = operations.ShutdownTimeout);
        return services;
    }

    /// <summary>Makes POSTed GraphQL mutations idempotent under an <c>Idempotency-Key</c> header. Put it after <c>UseCpdAuth</c>: keys belong to callers.</summary>
    public static IApplicationBuilder UseCpdOperations(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<IdempotencyMiddleware>();
    }

    /// <summary>Maps <c>GET /health</c>: 200 with <c>"status":"Healthy"</c> when the database answers, 503 when not, as JSON.</summary>
    public static IEndpointConventionBuilder MapCpdHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
    }
}
