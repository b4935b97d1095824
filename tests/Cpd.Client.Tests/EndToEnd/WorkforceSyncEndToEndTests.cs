using Cpd.Api.Persistence.Entities;
using Cpd.Client.Errors;
using Cpd.Client.Models;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>Workforce sync through the client against the real API: a thousand employees, in requests, then again.</summary>
public sealed class WorkforceSyncEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>
{
    private static readonly string[] Professions = ["nursing", "medicine", "allied-health", "finance", "general-management"];

    [Fact]
    public async Task SyncWorkforceAsync_ThousandEmployeesThenTheSameAgain_CreatesEachOnceThenReportsUnchanged()
    {
        var rows = Employees("T", 1000);
        var progress = new ListProgress();
        using var client = world.Client(world.TrustHrKey, o => o.WorkforceSyncChunkSize = 300);

        var first = await client.SyncWorkforceAsync(rows, progress);

        first.Rows.Count.ShouldBe(1000);
        first.Rows.Select(r => r.Index).ShouldBe(Enumerable.Range(0, 1000));
        first.Rows.Select(r => r.ExternalId).ShouldBe(rows.Select(r => r.ExternalId));
        first.Rows.ShouldAllBe(r => r.Status == WorkforceRowStatus.Created && r.MemberId != null && r.EmploymentId != null && r.Errors.Count == 0);
        first.Rows.Select(r => r.MemberId).Distinct().Count().ShouldBe(1000);
        progress.Reports.Select(p => (p.RowsProcessed, p.TotalRows, p.Created)).ShouldBe([(300, 1000, 300), (600, 1000, 600), (900, 1000, 900), (1000, 1000, 1000)]);
        (await world.CountAsync<MemberExternalIdRecord>(e => e.OrganisationId == world.Trust.Id && e.ExternalId.StartsWith("T-"))).ShouldBe(1000);
        (await world.CountAsync<EmploymentRecord>(e => e.OrganisationId == world.Trust.Id && e.ExternalRef!.StartsWith("T-"))).ShouldBe(1000);

        var again = await client.SyncWorkforceAsync(rows);

        again.Rows.ShouldAllBe(r => r.Status == WorkforceRowStatus.Unchanged);
        again.Rows.Select(r => r.MemberId).ShouldBe(first.Rows.Select(r => r.MemberId));
        (await world.CountAsync<MemberExternalIdRecord>(e => e.OrganisationId == world.Trust.Id && e.ExternalId.StartsWith("T-"))).ShouldBe(1000);
    }

    [Fact]
    public async Task SyncWorkforceAsync_ChangedAndBadRowsInALaterRequest_UpdatesAndRejectsAtTheirIndexInTheWholeInput()
    {
        var rows = Employees("U", 6);
        using var client = world.Client(world.TrustHrKey, o => o.WorkforceSyncChunkSize = 2);
        (await client.SyncWorkforceAsync(rows)).AllAccepted.ShouldBeTrue();
        rows[1] = rows[1] with { Role = "Ward manager" };
        rows[4] = rows[4] with { Fte = 1.5m };
        rows[5] = rows[5] with { ProfessionCode = "alchemy" };

        var result = await client.SyncWorkforceAsync(rows);

        result.Rows.Select(r => r.Status).ShouldBe([
            WorkforceRowStatus.Unchanged, WorkforceRowStatus.Updated, WorkforceRowStatus.Unchanged,
            WorkforceRowStatus.Unchanged, WorkforceRowStatus.Rejected, WorkforceRowStatus.Rejected]);
        result.AllAccepted.ShouldBeFalse();
        result.Count(WorkforceRowStatus.Rejected).ShouldBe(2);
        var fte = result.Rows[4].Errors.ShouldHaveSingleItem();
        fte.Field.ShouldBe(["input", "rows", "4", "fte"]);
        result.Rows[5].Errors.ShouldHaveSingleItem().Field.ShouldBe(["input", "rows", "5", "professionCode"]);
        result.Rows[4].MemberId.ShouldBeNull();
    }

    [Fact]
    public async Task SyncWorkforceAsync_ExternalIdRepeatedInALaterRequest_RejectsTheRepeatWithoutSendingIt()
    {
        var rows = Employees("D", 3);
        rows.Add(rows[0] with { DisplayName = "Someone Else" });
        using var client = world.Client(world.TrustHrKey, o => o.WorkforceSyncChunkSize = 2);

        var result = await client.SyncWorkforceAsync(rows);

        result.Rows.Select(r => r.Status).ShouldBe([WorkforceRowStatus.Created, WorkforceRowStatus.Created, WorkforceRowStatus.Created, WorkforceRowStatus.Rejected]);
        var error = result.Rows[3].Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("DUPLICATE_EXTERNAL_ID");
        error.Field.ShouldBe(["input", "rows", "3", "externalId"]);
        (await world.CountAsync<MemberRecord>(m => m.DisplayName == "Someone Else")).ShouldBe(0);
    }

    [Fact]
    public async Task SyncWorkforceAsync_AsyncStreamWithARequiredFieldMissing_RejectsOnlyThatRow()
    {
        var rows = Employees("S", 3);
        rows[1] = rows[1] with { DisplayName = null! };
        using var client = world.Client(world.TrustHrKey);

        var result = await client.SyncWorkforceAsync(Stream(rows));

        result.Rows.Select(r => r.Status).ShouldBe([WorkforceRowStatus.Created, WorkforceRowStatus.Rejected, WorkforceRowStatus.Created]);
        result.Rows[1].Errors.ShouldContain(e => e.Code == "REQUIRED" && e.Field!.SequenceEqual(new[] { "input", "rows", "1", "displayName" }));
    }

    [Fact]
    public async Task SyncWorkforceAsync_AsAMember_ThrowsForbiddenAndWritesNothing()
    {
        using var client = world.Client(world.AdaKey);
        var before = await world.CountAsync<MemberRecord>();

        var ex = await Should.ThrowAsync<CpdForbiddenException>(() => client.SyncWorkforceAsync(Employees("F", 2)));

        ex.Code.ShouldBe(CpdErrorCodes.Forbidden);
        (await world.CountAsync<MemberRecord>()).ShouldBe(before);
    }

    [Fact]
    public async Task SyncWorkforceAsync_NoRows_SendsNothingAndReturnsNoResults()
    {
        using var client = world.Client("cpd_not_a_real_key");

        var result = await client.SyncWorkforceAsync([]);

        result.Rows.ShouldBeEmpty();
    }

    internal static List<WorkforceRow> Employees(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new WorkforceRow(
            $"{prefix}-{i:D5}",
            $"Employee {prefix}{i}",
            "Staff nurse",
            Professions[i % Professions.Length],
            new DateOnly(2020, 1, 1).AddDays(i))
        {
            Fte = i % 4 == 0 ? 0.5m : 1m,
            WorkEmail = $"{prefix.ToLowerInvariant()}{i}@northshire-nhs.example",
        })];

    private static async IAsyncEnumerable<WorkforceRow> Stream(IEnumerable<WorkforceRow> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>Records reports as they are made (<see cref="Progress{T}"/> would post them later, elsewhere).</summary>
    private sealed class ListProgress : IProgress<SyncProgress>
    {
        public List<SyncProgress> Reports { get; } = [];

        public void Report(SyncProgress value) => Reports.Add(value);
    }
}
