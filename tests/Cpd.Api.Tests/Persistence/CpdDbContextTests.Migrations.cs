using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cpd.Api.Tests.Persistence;

public abstract partial class CpdDbContextTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndLeavesNoModelDifference()
    {
        await using var database = await CreateDatabaseAsync(migrate: false);
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot.ShouldNotBeNull().Model;
        var finalized = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot, designTime: true);
        var model = db.GetService<IDesignTimeModel>().Model;
        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(finalized.GetRelationalModel(), model.GetRelationalModel());
        differences.Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesTheSameSchemaAsTheModel()
    {
        await using var migrated = await CreateDatabaseAsync();
        await using var created = await CreateDatabaseAsync(migrate: false);
        await using var fromMigrations = migrated.CreateContext();
        await using var fromModel = created.CreateContext();
        (await fromModel.Database.EnsureCreatedAsync()).ShouldBeTrue();

        var expected = await SchemaCatalog.DescribeAsync(fromModel, Provider);
        var actual = await SchemaCatalog.DescribeAsync(fromMigrations, Provider);

        expected.Count.ShouldBeGreaterThan(150);
        actual.Except(expected).ShouldBeEmpty("only in the migrated database");
        expected.Except(actual).ShouldBeEmpty("only in the database created from the model");
    }

    [Fact]
    public async Task Migrate_MigratedDatabase_ChangesNothing()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        var before = await SchemaCatalog.DescribeAsync(db, Provider);

        await db.Database.MigrateAsync();

        (await SchemaCatalog.DescribeAsync(db, Provider)).ShouldBe(before);
    }
}
