using Cpd.Api.Auth;
using Cpd.Api.Tests.Persistence.Queries;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cpd.Api.Tests.Schema.Members;

public sealed class MemberStatementCountTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Query = "query($n: Int) { members(first: $n) { nodes { employments { organisation { sector { name } } } experiences { hostOrganisation { name } } } } }";

    private readonly SqlStatementCounter _counter = new();
    private ApiServer _api = null!;

    public async Task InitializeAsync()
    {
        _api = new ApiServer { ConfigureServices = services => services.ConfigureDbContext<Cpd.Api.Persistence.CpdDbContext>(options => options.AddInterceptors(_counter)) };
        await _api.InitializeAsync();
        var seed = new CareerSeed();
        await _api.SeedAsync(seed.SeedAsync);
        await _api.SeedAsync(async (db, ids) =>
        {
            var profession = await db.Professions.Where(p => p.Code == "nursing").Select(p => p.Id).SingleAsync();
            await CareerSeed.SeedCrowdAsync(db, ids, 110, seed["council"], seed["trust"], profession);
        });
    }

    public Task DisposeAsync() => _api.DisposeAsync();

    // xunit disposes the server through IAsyncLifetime.DisposeAsync; this only satisfies CA1001 for the field.
    public void Dispose() => _counter.Reset();

    [Fact]
    public async Task Members_NestedCareerPage_CostsAsManyStatementsForAHundredAsForTen()
    {
        var admin = await _api.KeyAsync(CallerRole.Admin);
        await CountAsync(10, admin); // warm: the key's first use and the first compilation of each query

        var ten = await CountAsync(10, admin);
        var hundred = await CountAsync(100, admin);

        output.WriteLine($"SQL statements per request: first 10 = {ten}, first 100 = {hundred}");
        hundred.ShouldBe(ten);
        ten.ShouldBeLessThanOrEqualTo(6);
    }

    private async Task<int> CountAsync(int n, string key)
    {
        _counter.Reset();
        var result = await _api.PostAsync(Query, new { n }, key);
        result.ShouldHaveNoErrors();
        result.Data("members", "nodes").GetArrayLength().ShouldBe(n);
        return _counter.Count;
    }
}
