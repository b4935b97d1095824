using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.GraphQL.AspNetCore.Tests.Support;

/// <summary>The one schema the HTTP tests share: greetings, parents with DataLoader-backed children, pages of items, a slow field and a mutation.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          parents(count: Int!): [Parent!]!
          items(first: Int, last: Int): [Item!]!
          wait: String
          boom: String
        }

        type Parent {
          id: Int!
          child: Child
          tags: [String!]!
        }

        type Child {
          id: Int!
          name: String!
        }

        type Item {
          id: Int!
          items(first: Int): [Item!]!
        }

        type Mutation {
          increment: Int!
        }
        """;

    public static IGraphQLServerBuilder AddTestSchema(this IGraphQLServerBuilder builder)
    {
        builder.Services.AddSingleton<LoaderLog>();
        builder.Services.AddSingleton<Probe>();
        return builder
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", c => $"Hello, {c.ArgumentValue<string?>("name") ?? "world"}!")
            .AddResolver("Query", "parents", c => Enumerable.Range(1, c.ArgumentValue<int>("count")).Select(i => new Parent(i)).ToList())
            .AddResolver("Query", "items", c => Items(c.ArgumentValue<int?>("first") ?? c.ArgumentValue<int?>("last") ?? 3))
            .AddResolver("Query", "wait", async c =>
            {
                var probe = c.Service<Probe>();
                probe.Started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, c.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.Cancelled.TrySetResult();
                    throw;
                }

                return null;
            })
            .AddResolver("Query", "boom", c => throw new InvalidOperationException("Boom."))
            .AddResolver("Parent", "child", async c => await c.DataLoader<ChildByIdLoader>().LoadAsync(c.Parent<Parent>().Id * 10))
            .AddResolver("Parent", "tags", async c => await c.DataLoader<TagsByParentLoader>().LoadAsync(c.Parent<Parent>().Id))
            .AddResolver("Item", "items", c => Items(c.ArgumentValue<int?>("first") ?? 3))
            .AddResolver("Mutation", "increment", c => Interlocked.Increment(ref c.Service<Probe>().Counter))
            .AddDataLoader<ChildByIdLoader>()
            .AddDataLoader<TagsByParentLoader>();
    }

    private static List<Item> Items(int count) => [.. Enumerable.Range(1, count).Select(i => new Item(i))];

    internal sealed record Parent(int Id);

    internal sealed record Child(int Id, string Name);

    internal sealed record Item(int Id);

    /// <summary>Every batch the test loaders fetched, in order.</summary>
    internal sealed class LoaderLog
    {
        private readonly List<IReadOnlyList<int>> _batches = [];

        public IReadOnlyList<IReadOnlyList<int>> Batches
        {
            get
            {
                lock (_batches)
                {
                    return [.. _batches];
                }
            }
        }

        public void Add(IReadOnlyList<int> keys)
        {
            lock (_batches)
            {
                _batches.Add([.. keys]);
            }
        }
    }

    /// <summary>Signals from the <c>wait</c> field and the mutation's counter.</summary>
    internal sealed class Probe
    {
        public int Counter;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal sealed class ChildByIdLoader(IBatchScheduler scheduler, LoaderLog log) : BatchDataLoader<int, Child>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, Child>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(keys);
            await Task.Yield(); // a real store answers asynchronously
            return keys.Where(k => k % 70 != 0).ToDictionary(k => k, k => new Child(k, $"child {k}"));
        }
    }

    internal sealed class TagsByParentLoader(IBatchScheduler scheduler, LoaderLog log) : GroupedDataLoader<int, string>(scheduler)
    {
        protected override Task<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Add(keys);
            var tags = keys.Where(k => k % 2 == 0).SelectMany(k => new[] { (k, "even"), (k, $"#{k}") });
            return Task.FromResult(tags.ToLookup(t => t.Item1, t => t.Item2));
        }
    }
}
