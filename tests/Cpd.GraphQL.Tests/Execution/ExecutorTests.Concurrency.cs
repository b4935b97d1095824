using static Cpd.GraphQL.Tests.Execution.ExecutionHarness;

namespace Cpd.GraphQL.Tests.Execution;

/// <summary>Query fields run concurrently, synchronous resolvers complete inline, cancellation stops execution.</summary>
public sealed partial class ExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_TwoAsyncQueryFields_RunConcurrently()
    {
        // Each resolver waits for the other to start: serial execution would never finish (the timeout fails the test).
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Schema(
            "type Query { a: String b: String }",
            ("Query", "a", async c =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(c.CancellationToken);
                return "A";
            }),
            ("Query", "b", async c =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(c.CancellationToken);
                return "B";
            }));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await ExecuteAsync(schema, "{ a b }", cancellationToken: timeout.Token);

        result.ToJson().ShouldBe("""{"data":{"a":"A","b":"B"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SynchronousResolvers_CompleteSynchronously()
    {
        var document = GraphQL.Language.Parser.Parse("{ nested { b } objs { b } f }");

        var pending = GraphQL.Execution.Executor.ExecuteAsync(new GraphQL.Execution.ExecutionRequest(ExecutionTestSchema.Instance, document));

        pending.IsCompletedSuccessfully.ShouldBeTrue();
        (await pending).ToJson().ShouldBe("""{"data":{"nested":{"b":null},"objs":[{"b":null},{"b":"y"}],"f":1}}""");
    }

    [Fact]
    public async Task ExecuteAsync_MutationFields_RunOneAfterTheOtherInDocumentOrder()
    {
        var order = new List<string>();
        var running = 0;
        var maxRunning = 0;
        FieldResolverFactory record = name => async _ =>
        {
            maxRunning = Math.Max(maxRunning, Interlocked.Increment(ref running));
            order.Add(name + " start");
            await Task.Yield();
            await Task.Yield();
            order.Add(name + " end");
            Interlocked.Decrement(ref running);
            return name;
        };
        var schema = Schema(
            "type Query { q: String } type Mutation { first: String second: String third: String }",
            ("Mutation", "first", record("first")),
            ("Mutation", "second", record("second")),
            ("Mutation", "third", record("third")));

        var json = await ExecuteJsonAsync(schema, "mutation { third second first }");

        json.ShouldBe("""{"data":{"third":"third","second":"second","first":"first"}}""");
        order.ShouldBe(["third start", "third end", "second start", "second end", "first start", "first end"]);
        maxRunning.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_Cancelled_CancelsTheTaskAndTheResolversToken()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolverSawCancellation = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Schema(
            "type Query { slow: String }",
            ("Query", "slow", async c =>
            {
                c.CancellationToken.Register(() => resolverSawCancellation.TrySetResult(true));
                started.SetResult();
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            }));
        using var cancellation = new CancellationTokenSource();

        var execution = ExecuteAsync(schema, "{ slow }", cancellationToken: cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(execution);
        (await resolverSawCancellation.Task).ShouldBeTrue();
    }

    [Fact]
    public async Task ExecuteAsync_AlreadyCancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => ExecuteAsync(ExecutionTestSchema.Instance, "{ f }", cancellationToken: cancellation.Token));
    }

    private delegate GraphQL.Types.FieldResolver FieldResolverFactory(string name);
}
