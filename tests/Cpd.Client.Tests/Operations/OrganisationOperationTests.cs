using System.Text.Json;
using Cpd.Client.Models;
using Cpd.Client.Tests.Support;

namespace Cpd.Client.Tests.Operations;

/// <summary>Reference data: sectors, professions and organisations, against a scripted server.</summary>
public sealed class OrganisationOperationTests : IAsyncLifetime
{
    private const string OrganisationJson = """{"id":"O1","name":"Northshire Council","sector":{"code":"local-government","name":"Local government"},"placeCode":null}""";
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ListSectorsAsync_Sectors_ReadsCodesAndNames()
    {
        _server.ThenData("""{"sectors":[{"code":"health","name":"Health"},{"code":"housing","name":"Housing"}]}""");
        using var client = Client();

        var sectors = await client.ListSectorsAsync();

        sectors.ShouldBe([new Sector("health", "Health"), new Sector("housing", "Housing")]);
        JsonDocument.Parse(_server.Requests.Single().Body).RootElement.GetProperty("operationName").GetString().ShouldBe("ListSectors");
    }

    [Fact]
    public async Task ListProfessionsAsync_Professions_ReadsCodesAndNames()
    {
        _server.ThenData("""{"professions":[{"code":"nursing","name":"Nursing"}]}""");
        using var client = Client();

        (await client.ListProfessionsAsync()).ShouldBe([new Profession("nursing", "Nursing")]);
    }

    [Fact]
    public async Task GetOrganisationAsync_Organisation_ReadsItsSector()
    {
        _server.ThenData("""{"organisation":""" + OrganisationJson + "}");
        using var client = Client();

        var organisation = await client.GetOrganisationAsync("O1");

        organisation.ShouldBe(new Organisation("O1", "Northshire Council", new Sector("local-government", "Local government"), null));
    }

    [Fact]
    public async Task ListOrganisationsAsync_Filter_IsSentWithEveryPageAndOmitsWhatIsNotGiven()
    {
        _server.ThenData("""{"organisations":{"nodes":[""" + OrganisationJson + """],"pageInfo":{"hasNextPage":true,"endCursor":"c1"}}}""")
            .ThenData("""{"organisations":{"nodes":[],"pageInfo":{"hasNextPage":false,"endCursor":null}}}""");
        using var client = Client();

        var organisations = new List<Organisation>();
        await foreach (var organisation in client.ListOrganisationsAsync(new OrganisationFilter { SectorCode = "local-government" }))
        {
            organisations.Add(organisation);
        }

        organisations.ShouldHaveSingleItem().Id.ShouldBe("O1");
        foreach (var request in _server.Requests)
        {
            var where = JsonDocument.Parse(request.Body).RootElement.GetProperty("variables").GetProperty("where");
            where.GetProperty("sectorCode").GetString().ShouldBe("local-government");
            where.TryGetProperty("placeCode", out _).ShouldBeFalse();
        }
    }

    private CpdClient Client() => new(TestClients.Options(_server.Endpoint));
}
