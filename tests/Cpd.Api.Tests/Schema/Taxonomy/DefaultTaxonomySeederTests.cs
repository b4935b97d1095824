using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cpd.Api.Tests.Schema.Taxonomy;

public sealed class DefaultTaxonomySeederTests
{
    [Fact]
    public async Task StartingAsync_TwiceOnAnEmptyStore_SeedsTheDefaultsOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeder = new DefaultTaxonomySeeder(database.Factory, database.Ids, NullLogger<DefaultTaxonomySeeder>.Instance);
        await seeder.StartingAsync(CancellationToken.None);
        await seeder.StartingAsync(CancellationToken.None);

        await using var db = database.CreateContext();
        (await db.Sectors.OrderBy(s => s.Id).Select(s => s.Code).ToListAsync()).ShouldBe(DefaultTaxonomy.Sectors.Select(s => s.Code));
        (await db.Professions.CountAsync()).ShouldBe(DefaultTaxonomy.Professions.Count);
    }

    [Fact]
    public async Task StartingAsync_StoreWithItsOwnSectors_AddsNoDefaultSectors()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            db.Sectors.Add(new SectorRecord { Id = await database.Ids.NextAsync<SectorRecord>(db), Code = "only-one", Name = "Only one" });
            await db.SaveChangesAsync();
        }

        await new DefaultTaxonomySeeder(database.Factory, database.Ids, NullLogger<DefaultTaxonomySeeder>.Instance).StartingAsync(CancellationToken.None);

        await using var check = database.CreateContext();
        (await check.Sectors.Select(s => s.Code).ToListAsync()).ShouldBe(["only-one"]);
        (await check.Professions.CountAsync()).ShouldBe(DefaultTaxonomy.Professions.Count);
    }
}
