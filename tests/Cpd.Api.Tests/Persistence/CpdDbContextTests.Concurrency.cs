using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Persistence;

public abstract partial class CpdDbContextTests
{
    [Fact]
    public async Task SaveChanges_TwoContextsEditTheSameMember_ExactlyOneWins()
    {
        await using var database = await CreateDatabaseAsync();
        long id;
        await using (var db = database.CreateContext())
        {
            id = (await RecordBuilder.SeedMemberAsync(db, database.Ids)).Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Members.SingleAsync(m => m.Id == id);
        var b = await second.Members.SingleAsync(m => m.Id == id);
        a.DisplayName = "Ada Okafor-Smith";
        b.WorkEmail = "ada@example.org";

        await first.SaveChangesAsync();
        var lost = await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        lost.Entries.Single().Entity.ShouldBe(b);
        a.Version.ShouldBe(1);
        await using var reader = database.CreateContext();
        var stored = await reader.Members.SingleAsync(m => m.Id == id);
        (stored.DisplayName, stored.WorkEmail, stored.Version).ShouldBe(("Ada Okafor-Smith", (string?)null, 1L));
    }

    [Fact]
    public async Task Bump_UnchangedRecordTwiceBeforeOneSave_IncrementsTheVersionOnce()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        var member = await RecordBuilder.SeedMemberAsync(db, database.Ids);

        db.Bump(member);
        db.Bump(member);
        await db.SaveChangesAsync();
        member.DisplayName = "Ada O.";
        await db.SaveChangesAsync();

        member.Version.ShouldBe(2);
        await using var reader = database.CreateContext();
        (await reader.Members.SingleAsync(m => m.Id == member.Id)).Version.ShouldBe(2);
    }

    [Fact]
    public async Task ExpectVersion_StaleVersionFromAClient_IsRefused()
    {
        await using var database = await CreateDatabaseAsync();
        long id;
        await using (var db = database.CreateContext())
        {
            var member = await RecordBuilder.SeedMemberAsync(db, database.Ids);
            member.DisplayName = "Ada O.";
            await db.SaveChangesAsync();
            id = member.Id;
        }

        await using (var db = database.CreateContext())
        {
            var member = await db.Members.SingleAsync(m => m.Id == id);
            member.DisplayName = "Stale edit";
            db.ExpectVersion(member, 0);
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.CreateContext())
        {
            var member = await db.Members.SingleAsync(m => m.Id == id);
            member.DisplayName = "Current edit";
            db.ExpectVersion(member, 1);
            await db.SaveChangesAsync();
            member.Version.ShouldBe(2);
        }
    }
}
