using System.Text.Json;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Persistence.Queries;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Tests.Schema.Common;

/// <summary>
/// A SQLite file with <see cref="RowCount"/> rows and a schema whose <c>rows</c> connection pages them with
/// <see cref="ConnectionQueries.PageAsync{TContext, TNode}"/>; it counts the SQL commands each request sends.
/// </summary>
public sealed class PagingDatabase : IDisposable
{
    public const int RowCount = 25;

    private readonly string _directory = Directory.CreateTempSubdirectory("cpd-paging-").FullName;
    private readonly ServiceProvider _services;
    private readonly GraphQLEngine _engine;

    public PagingDatabase()
    {
        var options = new DbContextOptionsBuilder<PagingDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_directory, "paging.db")};Pooling=False")
            .AddInterceptors(Commands)
            .Options;
        Contexts = new Factory(options);
        using (var db = Contexts.CreateDbContext())
        {
            db.Database.EnsureCreated();
            for (var id = 1; id <= RowCount; id++)
            {
                // Groups a, b, c interleave so that the (group, id) order differs from the id order.
                db.Rows.Add(new Row { Id = id, Name = $"Row {id}", Group = ((char)('a' + (id % 3))).ToString() });
            }

            db.SaveChanges();
        }

        _services = new ServiceCollection().AddSingleton<IDbContextFactory<PagingDbContext>>(Contexts).BuildServiceProvider();
        _engine = new GraphQLEngine(SchemaBuilder.New()
            .AddQueryType<RowQuery>()
            .AddType(new ConnectionType<RowNode>())
            .AddType(new EdgeType<RowNode>())
            .Build());
    }

    public SqlStatementCounter Commands { get; } = new();

    public IDbContextFactory<PagingDbContext> Contexts { get; }

    /// <summary>Runs a query and returns the response and the number of SQL commands it sent.</summary>
    public async Task<(JsonElement Result, int Commands)> RunAsync(string query)
    {
        var before = Commands.Count;
        var result = await _engine.ExecuteAsync(new GraphQLRequest(query) { Services = _services });
        return (JsonDocument.Parse(result.ToJson()).RootElement.Clone(), Commands.Count - before);
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    public sealed class Row
    {
        public long Id { get; set; }

        public string Name { get; set; } = string.Empty;

        public string Group { get; set; } = string.Empty;
    }

    public sealed class RowNode
    {
        public long DatabaseId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Group { get; init; } = string.Empty;
    }

    public sealed class PagingDbContext(DbContextOptions<PagingDbContext> options) : DbContext(options)
    {
        public DbSet<Row> Rows => Set<Row>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Row>().Property(r => r.Id).ValueGeneratedNever();
    }

    public sealed class RowQuery
    {
        private static readonly SortKey<RowNode> ById = SortKey<RowNode>.By(r => r.DatabaseId);
        private static readonly SortKey<RowNode> ByGroup = SortKey<RowNode>.By(r => r.Group).ThenBy(r => r.DatabaseId);
        private static readonly SortKey<RowNode> ByGroupDescending = SortKey<RowNode>.ByDescending(r => r.Group).ThenByDescending(r => r.DatabaseId);

        public Task<Connection<RowNode>> Rows(
            int? first,
            string? after,
            int? last,
            string? before,
            [Service] IDbContextFactory<PagingDbContext> contexts,
            IResolverContext context,
            bool byGroup = false,
            bool descending = false) =>
            contexts.PageAsync(
                db => db.Rows.Select(r => new RowNode { DatabaseId = r.Id, Name = r.Name, Group = r.Group }),
                byGroup ? descending ? ByGroupDescending : ByGroup : ById,
                new PagingArguments(first, after, last, before),
                context);
    }

    private sealed class Factory(DbContextOptions<PagingDbContext> options) : IDbContextFactory<PagingDbContext>
    {
        public PagingDbContext CreateDbContext() => new(options);
    }
}
