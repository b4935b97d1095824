using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

namespace Cpd.Api.Tests.Persistence;

public abstract partial class CpdDbContextTests
{
    [Fact]
    public async Task Migrate_DatabaseAtInitialWithData_UpgradesToMemberLinkCodesKeepingTheData()
    {
        await using var database = await CreateDatabaseAsync(migrate: false);
        await using var db = database.CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(Initial.Id);
        var at = Instant.FromUtc(2026, 11, 22, 9, 0);
        db.Members.Add(new MemberRecord { Id = 7, DisplayName = "Before the upgrade", CreatedAt = at, UpdatedAt = at });
        await db.SaveChangesAsync();

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe([Initial.Id, AddMemberLinkCodes.Id]);
        db.MemberLinkCodes.Add(new MemberLinkCodeRecord { Id = 1, MemberId = 7, CodeHash = new byte[32], CreatedAt = at, ExpiresAt = at + Duration.FromDays(30) });
        await db.SaveChangesAsync();
        await using var reader = database.CreateContext();
        (await reader.Members.SingleAsync()).DisplayName.ShouldBe("Before the upgrade");
        (await reader.MemberLinkCodes.SingleAsync()).MemberId.ShouldBe(7);
    }
}
