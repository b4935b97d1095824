using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Operations;

public sealed class AuditLogTests : IAsyncLifetime
{
    private readonly FakeClock _clock = FakeClock.At(2026, 11, 22);
    private TestDatabase _database = null!;
    private AuditLog _log = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _log = new AuditLog(_database.Ids, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RecordAsync_SavedWithTheChange_KeepsActorActionTargetAndTime()
    {
        await using (var db = _database.CreateContext())
        {
            await _log.RecordAsync(db, Caller.ForHrSystem(4, "council hr", keyId: 9), "recordEmployment", "Employment", 77, "Nurse at council");
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var entry = await read.AuditEntries.SingleAsync();
        entry.At.ShouldBe(_clock.Now);
        (entry.ActorRole, entry.ActorKeyId, entry.ActorName).ShouldBe(("HR_SYSTEM", 9L, "council hr"));
        (entry.Action, entry.TargetType, entry.TargetId, entry.Summary).ShouldBe(("recordEmployment", "Employment", 77L, "Nurse at council"));
    }

    [Fact]
    public async Task RecordAsync_TransactionRolledBack_LeavesNoEntry()
    {
        await using (var db = _database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await _log.RecordAsync(db, Caller.ForAdmin("ops"), "defineSector", "Sector", 1, "x");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var read = _database.CreateContext();
        (await read.AuditEntries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task RecordAsync_FailingChange_IsNotSavedEither()
    {
        await using (var db = _database.CreateContext())
        {
            await _log.RecordAsync(db, Caller.ForAdmin("ops"), "addConnection", "Connection", 1, "x");
            db.Connections.Add(new ConnectionRecord { Id = 1, MemberId = 424242, SectorId = 1, Name = "nobody" });
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = _database.CreateContext();
        (await read.AuditEntries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task RecordAsync_LongSummary_IsCutWithAnEllipsis()
    {
        await using var db = _database.CreateContext();

        var entry = await _log.RecordAsync(db, Caller.Anonymous, "attestWithToken", "Experience", 3, new string('x', 5000));

        entry.Summary.Length.ShouldBe(AuditLog.MaxSummaryLength);
        entry.Summary.ShouldEndWith("…");
        entry.ActorRole.ShouldBe("ANONYMOUS");
        entry.ActorKeyId.ShouldBeNull();
    }

    [Fact]
    public async Task RecordAsync_EmptyAction_Throws()
    {
        await using var db = _database.CreateContext();

        await Should.ThrowAsync<ArgumentException>(async () => await _log.RecordAsync(db, Caller.Anonymous, " ", "Experience", 3, "x"));
    }
}
