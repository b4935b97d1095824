using Cpd.Api.Persistence;
using Microsoft.AspNetCore.Hosting.Server;

namespace Cpd.Api.Demo;

/// <summary>The <c>--demo</c> switch: <c>builder.AddCpdDemo(args)</c> in <c>Program.cs</c>.</summary>
public static class DemoHostingExtensions
{
    /// <summary>The switch on the command line.</summary>
    public const string Switch = "--demo";

    /// <summary>Where the demo serves unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// With <c>--demo</c> among <paramref name="args"/>: serves on <see cref="DefaultUrl"/> unless told otherwise, seeds the demo data
    /// at start-up (after the migrations and the default taxonomy, into a database without members) and, once the server
    /// listens, prints a new API key per role and the GraphiQL address. Without it, does nothing.
    /// </summary>
    /// <param name="builder">The app's builder (call after the other <c>Add…</c> lines: the seeding runs after their start-up work).</param>
    /// <param name="args">The command line.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddCpdDemo(this WebApplicationBuilder builder, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(Switch, StringComparer.Ordinal))
        {
            return builder;
        }

        // "--demo --urls X" reads to the configuration as demo = "--urls" (a switch takes the next word as its value), so the
        // urls are read from the command line here as well.
        builder.WebHost.UseUrls(UrlsFrom(args) ?? builder.Configuration["urls"] ?? DefaultUrl);
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddHostedService(services => new DemoStartup(
            services.GetRequiredService<DemoSeeder>(),
            services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CpdDbContext>>(),
            services.GetRequiredService<Auth.ApiKeyIssuer>(),
            services.GetRequiredService<IServer>(),
            services.GetRequiredService<ILogger<DemoStartup>>(),
            Console.Out));
        return builder;
    }

    /// <summary>The value of <c>--urls</c> on the command line (<c>--urls X</c> or <c>--urls=X</c>), or null.</summary>
    internal static string? UrlsFrom(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--urls=", StringComparison.Ordinal))
            {
                return args[i]["--urls=".Length..];
            }

            if (args[i] == "--urls" && i + 1 < args.Count)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
