using Cpd.Api.Persistence.Entities;
using Cpd.Client.Models;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>
/// A response lost after the server committed: the client retries with the same <c>Idempotency-Key</c>, gets the first
/// answer again, and the database holds every write once.
/// </summary>
public sealed class RetryEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>
{
    [Fact]
    public async Task SyncWorkforceAsync_ResponseDroppedAfterCommit_RetriesWithTheSameKeyAndWritesEachRowOnce()
    {
        using var handler = DropResponseHandler.Dropping(1);
        using var client = world.Client(world.TrustHrKey, handler: handler);
        var auditBefore = await world.CountAsync<AuditEntryRecord>(a => a.Action == "syncWorkforce");

        var result = await client.SyncWorkforceAsync(WorkforceSyncEndToEndTests.Employees("R", 10));

        handler.Dropped.ShouldBe(1);
        handler.Keys.Count.ShouldBe(2);
        handler.Keys[0].ShouldNotBeNull();
        handler.Keys[1].ShouldBe(handler.Keys[0]);
        result.Rows.ShouldAllBe(r => r.Status == WorkforceRowStatus.Created);
        (await world.CountAsync<MemberExternalIdRecord>(e => e.ExternalId.StartsWith("R-"))).ShouldBe(10);
        (await world.CountAsync<EmploymentRecord>(e => e.ExternalRef!.StartsWith("R-"))).ShouldBe(10);
        (await world.CountAsync<AuditEntryRecord>(a => a.Action == "syncWorkforce")).ShouldBe(auditBefore + 1);
    }

    [Fact]
    public async Task SyncWorkforceAsync_SecondRequestDropped_RetriesOnlyItWithItsOwnKey()
    {
        using var handler = DropResponseHandler.Dropping(2);
        using var client = world.Client(world.TrustHrKey, o => o.WorkforceSyncChunkSize = 3, handler);

        var result = await client.SyncWorkforceAsync(WorkforceSyncEndToEndTests.Employees("Q", 6));

        handler.Keys.Count.ShouldBe(3);
        handler.Keys[1].ShouldNotBe(handler.Keys[0]);
        handler.Keys[2].ShouldBe(handler.Keys[1]);
        result.Rows.Select(r => r.Index).ShouldBe([0, 1, 2, 3, 4, 5]);
        result.Rows.ShouldAllBe(r => r.Status == WorkforceRowStatus.Created);
        (await world.CountAsync<MemberExternalIdRecord>(e => e.ExternalId.StartsWith("Q-"))).ShouldBe(6);
    }

    [Fact]
    public async Task LogSecondmentAsync_ResponseDroppedAfterCommit_RecordsOneExperience()
    {
        using var handler = DropResponseHandler.Dropping(1);
        using var client = world.Client(world.AdaKey, handler: handler);

        var result = await client.LogSecondmentAsync(new NewHostedExperience("Logged once", world.TrustId, new DateOnly(2026, 2, 1), 0.4m));

        result.IsSuccess.ShouldBeTrue();
        handler.Keys.Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        handler.Keys.Count.ShouldBe(2);
        (await world.CountAsync<ExperienceRecord>(e => e.Title == "Logged once")).ShouldBe(1);
    }

    [Fact]
    public async Task GetMemberAsync_ResponseDropped_RetriesWithoutAKey()
    {
        using var handler = DropResponseHandler.Dropping(1);
        using var client = world.Client(world.AdaKey, handler: handler);

        var member = await client.GetMemberAsync(world.AdaId);

        member!.DisplayName.ShouldBe("Ada Okafor");
        handler.Keys.ShouldBe([null, null]);
    }
}
