using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Persistence;

/// <summary>HiLo ids on a real database, run on SQLite and PostgreSQL by the subclasses.</summary>
public abstract class IdAllocatorTests
{
    /// <summary>A fresh migrated database of the provider under test.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task NextAsync_ManyCallersOfTwoInstances_NeverHandOutAnIdTwice()
    {
        await using var database = await CreateDatabaseAsync();
        IdAllocator[] instances = [new(blockSize: 7), new(blockSize: 7)];

        var perCaller = await Task.WhenAll(Enumerable.Range(0, 8).Select(caller => Task.Run(async () =>
        {
            var ids = new List<long>();
            for (var i = 0; i < 60; i++)
            {
                await using var db = database.CreateContext();
                ids.Add(await instances[caller % 2].NextAsync(db, "Members"));
            }

            return ids;
        })));

        var all = perCaller.SelectMany(ids => ids).ToList();
        all.Count.ShouldBe(480);
        all.Distinct().Count().ShouldBe(480);
        all.ShouldAllBe(id => id >= 1);
    }

    [Fact]
    public async Task NextAsync_OneInstance_HandsOutConsecutiveIdsFromOneBlockPerTable()
    {
        await using var database = await CreateDatabaseAsync();
        var allocator = new IdAllocator(blockSize: 3);
        await using var db = database.CreateContext();

        var members = new[] { await allocator.NextAsync<MemberRecord>(db), await allocator.NextAsync<MemberRecord>(db), await allocator.NextAsync<MemberRecord>(db), await allocator.NextAsync<MemberRecord>(db) };
        var sector = await allocator.NextAsync<SectorRecord>(db);

        members.ShouldBe([1, 2, 3, 4]);
        sector.ShouldBe(1);
        (await db.KeySequences.SingleAsync(s => s.Name == "Members")).NextValue.ShouldBe(7);
    }

    [Fact]
    public async Task NextAsync_BlockReservedInARolledBackTransaction_IsNeverHandedOutAgain()
    {
        await using var database = await CreateDatabaseAsync();
        var allocator = database.Ids;
        var other = new IdAllocator();
        await using var db = database.CreateContext();
        long inTransaction;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            inTransaction = await allocator.NextAsync(db, "Experiences");
            await transaction.RollbackAsync();
        }

        var fromOther = await other.NextAsync(db, "Experiences");
        var afterRollback = await allocator.NextAsync(db, "Experiences");

        inTransaction.ShouldBe(1);
        fromOther.ShouldBe(1);
        afterRollback.ShouldBe(IdAllocator.DefaultBlockSize + 1);
    }

    [Fact]
    public async Task NextAsync_BlockReservedInACommittedTransaction_IsUsedAfterwards()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        long first;
        long second;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            first = await database.Ids.NextAsync(db, "Experiences");
            second = await database.Ids.NextAsync(db, "Experiences");
            await transaction.CommitAsync();
        }

        var third = await database.Ids.NextAsync(db, "Experiences");

        (first, second, third).ShouldBe((1L, 2L, 3L));
    }

    [Fact]
    public async Task NextAsync_InsideTheCallersTransaction_SavesWithTheAllocatedId()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var member = await RecordBuilder.SeedMemberAsync(db, database.Ids);
            var experience = await RecordBuilder.SecondmentAsync(db, database.Ids, member.Id);
            db.Add(experience);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using (var db = database.CreateContext())
        {
            (await db.Experiences.SingleAsync()).Id.ShouldBe(1);
        }
    }
}

/// <summary>HiLo ids on a SQLite file.</summary>
public sealed class IdAllocatorSqliteTests : IdAllocatorTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync();
}

/// <summary>HiLo ids on a real PostgreSQL server.</summary>
[Collection(DatabaseServerCollectionDefinition.Name)]
public sealed class IdAllocatorPostgreSqlTests(DatabaseServer server) : IdAllocatorTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync(server);
}
