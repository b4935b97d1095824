using Cpd.Api.Persistence;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Persistence;

/// <summary>
/// The store's behaviour on a real database: migrations against the model, every converter through a round trip,
/// SQL semantics of converted columns, optimistic concurrency. Run on SQLite and on PostgreSQL by the subclasses.
/// </summary>
public abstract partial class CpdDbContextTests
{
    /// <summary>The provider under test.</summary>
    protected abstract DatabaseProvider Provider { get; }

    /// <summary>The finest instant the provider keeps: a tick (100 ns) on SQLite, a microsecond on PostgreSQL.</summary>
    protected Duration InstantResolution => Provider == DatabaseProvider.Sqlite ? Duration.FromTicks(1) : Duration.FromTicks(10);

    /// <summary>A fresh database of the provider under test, migrated unless <paramref name="migrate"/> is false.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync(bool migrate = true);

    [Fact]
    public async Task SaveChanges_NewMember_IsReadBackByAnotherContext()
    {
        await using var database = await CreateDatabaseAsync();
        long id;
        await using (var db = database.CreateContext())
        {
            id = (await RecordBuilder.SeedMemberAsync(db, database.Ids)).Id;
        }

        await using (var db = database.CreateContext())
        {
            var member = await db.Members.SingleAsync(m => m.Id == id);
            member.DisplayName.ShouldBe("Ada Okafor");
            member.CreatedAt.ShouldBe(RecordBuilder.Now);
            member.Version.ShouldBe(0);
        }
    }

    [Fact]
    public async Task SaveChanges_RowReferringToAMissingMember_IsRefusedByTheForeignKey()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        db.Add(await RecordBuilder.SecondmentAsync(db, database.Ids, memberId: 999_999));

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

/// <summary>The store on a SQLite file.</summary>
public sealed class CpdDbContextSqliteTests : CpdDbContextTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrate = true) => TestDatabase.CreateAsync(null, migrate);
}

/// <summary>The store on a real PostgreSQL server.</summary>
[Collection(DatabaseServerCollectionDefinition.Name)]
public sealed class CpdDbContextPostgreSqlTests(DatabaseServer server) : CpdDbContextTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrate = true) => TestDatabase.CreateAsync(server, migrate);
}
