using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Persistence;

/// <summary>The store's behaviour, run against SQLite and PostgreSQL by the subclasses.</summary>
public abstract class CpdDbContextTests
{
    /// <summary>A fresh migrated database of the provider under test.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

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
}

/// <summary>The store on a SQLite file.</summary>
public sealed class CpdDbContextSqliteTests : CpdDbContextTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync();
}

/// <summary>The store on a real PostgreSQL server.</summary>
[Collection(DatabaseServerCollectionDefinition.Name)]
public sealed class CpdDbContextPostgreSqlTests(DatabaseServer server) : CpdDbContextTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync(server);
}
