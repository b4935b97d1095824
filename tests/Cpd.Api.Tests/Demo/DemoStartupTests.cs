using Cpd.Api.Auth;
using Cpd.Api.Demo;
using Cpd.Api.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cpd.Api.Tests.Demo;

public sealed class DemoStartupTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task StartedAsync_SeededDatabase_PrintsTheAddressAndAWorkingKeyPerRole()
    {
        using var output = new StringWriter();
        var services = world.Api.Services;
        var startup = new DemoStartup(world.Seeder, services.GetRequiredService<IDbContextFactory<CpdDbContext>>(), services.GetRequiredService<ApiKeyIssuer>(),
            services.GetRequiredService<IServer>(), NullLogger<DemoStartup>.Instance, output);

        await startup.StartingAsync(default);
        await startup.StartedAsync(default);

        var text = output.ToString();
        text.ShouldContain("Kept the data already in the database");
        text.ShouldContain($"GraphQL and GraphiQL (open in a browser): {world.Api.Endpoint}");
        text.ShouldContain("Press Ctrl+C to stop.");
        var keys = DemoBannerKeys.In(text);
        keys.Keys.Order(StringComparer.Ordinal).ShouldBe(["ADMIN", "ASSESSOR", "HR_SYSTEM", "MEMBER"]);
        (await world.Api.PostAsync("{ me { displayName } }", null, keys["MEMBER"])).Data("me", "displayName").GetString().ShouldBe("Daniel Whitfield");
        (await world.Api.PostAsync("{ members(first: 1) { totalCount } }", null, keys["ASSESSOR"])).Data("members", "totalCount").GetInt32().ShouldBeInRange(10, 43);
        (await world.Api.PostAsync("{ members(first: 1) { totalCount } }", null, keys["HR_SYSTEM"])).Data("members", "totalCount").GetInt32().ShouldBeInRange(12, 20);
        (await world.Api.PostAsync("{ members(first: 1) { totalCount } }", null, keys["ADMIN"])).Data("members", "totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(44);
    }

    [Fact]
    public void Text_Seeded_SaysSoAndListsEachKeyWithItsExportLine()
    {
        var text = DemoBanner.Text("http://localhost:5080/graphql", seeded: true, [new DemoKey(CallerRole.Admin, "an administrator", "cpd_abc_def")]);

        text.ShouldContain("Seeded the demo data");
        text.ShouldContain("ADMIN     an administrator");
        text.ShouldContain("export ADMIN_KEY=cpd_abc_def");
        text.ShouldContain("new at every start");
    }

    [Theory]
    [InlineData(new[] { "--demo" }, null)]
    [InlineData(new[] { "--demo", "--urls", "http://127.0.0.1:6001" }, "http://127.0.0.1:6001")]
    [InlineData(new[] { "--urls=http://+:6002", "--demo" }, "http://+:6002")]
    [InlineData(new[] { "--demo", "--urls" }, null)]
    public void UrlsFrom_CommandLine_ReadsEitherForm(string[] args, string? expected)
    {
        DemoHostingExtensions.UrlsFrom(args).ShouldBe(expected);
    }
}
