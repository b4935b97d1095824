using Cpd.GraphQL.AspNetCore.DataLoaders;
using Cpd.GraphQL.AspNetCore.Tests.Support;

namespace Cpd.GraphQL.AspNetCore.Tests.DataLoaders;

public sealed class BatchDataLoaderTests : ServerTests
{
    [Fact]
    public async Task LoadAsync_HundredParentsResolvingAChild_FetchesInOneBatch()
    {
        var answer = await Server.PostAsync("{ parents(count: 100) { id child { id name } } }");

        var batches = Server.Services.GetTestService<TestSchema.LoaderLog>().Batches;
        var batch = batches.ShouldHaveSingleItem();
        batch.ShouldBe(Enumerable.Range(1, 100).Select(i => i * 10).ToList());
        var parents = answer.Json["data"]!["parents"]!.AsArray();
        parents.Count.ShouldBe(100);
        parents[0]!["child"]!["name"]!.GetValue<string>().ShouldBe("child 10");
        parents[6]!["child"].ShouldBeNull(); // key 70 is not found: the loader gives null
        answer.Json["errors"].ShouldBeNull();
    }

    [Fact]
    public async Task LoadAsync_SameKeyTwiceInARequest_FetchesItOnce()
    {
        var answer = await Server.PostAsync("{ a: parents(count: 3) { child { id } } b: parents(count: 2) { child { name } } }");

        var batch = Server.Services.GetTestService<TestSchema.LoaderLog>().Batches.ShouldHaveSingleItem();
        batch.ShouldBe([10, 20, 30]);
        answer.Body.ShouldBe("""{"data":{"a":[{"child":{"id":10}},{"child":{"id":20}},{"child":{"id":30}}],"b":[{"child":{"name":"child 10"}},{"child":{"name":"child 20"}}]}}""");
    }

    [Fact]
    public async Task LoadAsync_TwoRequests_EachHasItsOwnCache()
    {
        await Server.PostAsync("{ parents(count: 2) { child { id } } }");
        await Server.PostAsync("{ parents(count: 2) { child { id } } }");

        Server.Services.GetTestService<TestSchema.LoaderLog>().Batches.Count.ShouldBe(2);
    }

    [Fact]
    public async Task LoadAsync_OutsideAnExecution_DispatchesOnItsOwn()
    {
        var scope = new DataLoaderScope();
        var loader = new TestSchema.ChildByIdLoader(scope, new TestSchema.LoaderLog());

        var values = await loader.LoadAsync([1, 2, 70]);

        values.Select(v => v?.Name).ShouldBe(["child 1", "child 2", null]);
    }
}
