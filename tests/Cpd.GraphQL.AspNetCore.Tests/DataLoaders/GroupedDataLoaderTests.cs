using Cpd.GraphQL.AspNetCore.Tests.Support;

namespace Cpd.GraphQL.AspNetCore.Tests.DataLoaders;

public sealed class GroupedDataLoaderTests
{
    [Fact]
    public async Task LoadAsync_ParentsResolvingTheirTags_FetchesGroupsInOneBatch()
    {
        await using var server = await LoopbackServer.StartAsync();

        var answer = await server.PostAsync("{ parents(count: 4) { id tags } }");

        server.Services.GetTestService<TestSchema.LoaderLog>().Batches.ShouldHaveSingleItem().ShouldBe([1, 2, 3, 4]);
        answer.Body.ShouldBe("""{"data":{"parents":[{"id":1,"tags":[]},{"id":2,"tags":["even","#2"]},{"id":3,"tags":[]},{"id":4,"tags":["even","#4"]}]}}""");
    }

    [Fact]
    public async Task LoadAsync_TwoLoadersInOneLevel_EachFetchesOneBatch()
    {
        await using var server = await LoopbackServer.StartAsync();

        await server.PostAsync("{ parents(count: 50) { tags child { id } } }");

        var batches = server.Services.GetTestService<TestSchema.LoaderLog>().Batches;
        batches.Count.ShouldBe(2);
        batches.ShouldAllBe(b => b.Count == 50);
    }
}
