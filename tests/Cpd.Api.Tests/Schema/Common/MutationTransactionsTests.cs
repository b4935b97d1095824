using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Persistence;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class MutationTransactionsTests
{
    [Fact]
    public async Task WriteAsync_AcceptedPayload_SavesAndCommits()
    {
        await using var database = await TestDatabase.CreateAsync();
        var input = new RenameInput("Renamed") { ClientMutationId = "a" };
        var payload = await database.Factory.WriteAsync(input, new RenamePayload(null), async db =>
        {
            db.Sectors.Add(new SectorRecord { Id = await database.Ids.NextAsync<SectorRecord>(db), Code = "kept", Name = "Kept" });
            return input.Accept(new RenamePayload("Kept"));
        }, CancellationToken.None);

        payload.Errors.ShouldBeEmpty();
        await using var check = database.CreateContext();
        (await check.Sectors.AnyAsync(s => s.Code == "kept")).ShouldBeTrue();
    }

    [Fact]
    public async Task WriteAsync_RejectedPayload_WritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var input = new RenameInput("x");
        var payload = await database.Factory.WriteAsync(input, new RenamePayload(null), async db =>
        {
            db.Sectors.Add(new SectorRecord { Id = await database.Ids.NextAsync<SectorRecord>(db), Code = "dropped", Name = "Dropped" });
            return input.Reject(new RenamePayload(null), new UserError("REQUIRED", "No."));
        }, CancellationToken.None);

        payload.Errors.Single().Code.ShouldBe("REQUIRED");
        await using var check = database.CreateContext();
        (await check.Sectors.AnyAsync(s => s.Code == "dropped")).ShouldBeFalse();
    }

    [Fact]
    public async Task WriteAsync_StaleVersion_IsAConflictAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        MemberRecord member;
        await using (var seed = database.CreateContext())
        {
            member = await RecordBuilder.SeedMemberAsync(seed, database.Ids);
        }

        var input = new RenameInput("Stale") { ClientMutationId = "c" };
        var payload = await database.Factory.WriteAsync(input, new RenamePayload(null), async db =>
        {
            var stored = await db.Members.SingleAsync(m => m.Id == member.Id);
            stored.DisplayName = "Stale";
            db.Bump(stored);
            db.ExpectVersion(stored, stored.Version + 5);
            return input.Accept(new RenamePayload("Stale"));
        }, CancellationToken.None);

        payload.Errors.Single().Code.ShouldBe(ApiErrorCodes.Conflict);
        payload.ClientMutationId.ShouldBe("c");
        payload.Name.ShouldBeNull();
        await using var check = database.CreateContext();
        (await check.Members.SingleAsync(m => m.Id == member.Id)).DisplayName.ShouldBe(member.DisplayName);
    }

    private sealed record RenameInput(string Name) : MutationInput;

    private sealed record RenamePayload(string? Name) : Payload;
}
