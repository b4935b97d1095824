using Cpd.Api.Auth;
using Cpd.Api.Demo;
using Cpd.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Tests.Demo;

/// <summary>The real server on a fresh database seeded with the demo data (as <c>--demo</c> seeds it), and the demo's keys.</summary>
public sealed class DemoWorld : IAsyncLifetime
{
    public ApiServer Api { get; } = new();

    /// <summary>What the first seeding returned.</summary>
    public bool Seeded { get; private set; }

    public DemoSeeder Seeder => ActivatorUtilities.CreateInstance<DemoSeeder>(Api.Services);

    /// <summary>A key of a role scoped as the demo prints them: the first member, the institute, the HR organisation.</summary>
    public Task<string> KeyAsync(CallerRole role) => Api.KeyAsync(role, role is CallerRole.Member or CallerRole.Assessor or CallerRole.HrSystem ? 1 : null);

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        Seeded = await Seeder.SeedAsync();
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}
