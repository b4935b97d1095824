using Cpd.Api.Auth;
using Cpd.Api.Demo;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Demo;
using Cpd.Client.Tests.Support;
using Cpd.HrSync;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Client.Tests.Samples;

/// <summary>The <c>samples/Cpd.HrSync</c> console, run in-process against the real API seeded with the demo data.</summary>
public sealed class HrSyncAppTests(DemoWorld demo) : IClassFixture<DemoWorld>, IDisposable
{
    private static readonly string ExampleCsv = Path.Combine(RepositoryPaths.Root, "samples", "Cpd.HrSync", "employees.csv");
    private readonly string _directory = Directory.CreateTempSubdirectory("cpd-hrsync-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task RunAsync_ExampleCsvOnTheDemoData_CreatesTheStartersEndsTheLeaverAndExitsZero()
    {
        var rejected = Path.Combine(_directory, "rejected.csv");

        var exit = await RunAsync("--csv", ExampleCsv, "--rejected", rejected, "--chunk-size", "4");

        exit.ShouldBe(ExitCodes.Synced, _error.ToString());
        _output.ToString().ShouldContain("Synced 15 rows of " + ExampleCsv + ": 3 created, 1 updated, 11 unchanged, 0 rejected.");
        _output.ToString().ShouldContain("8/15 rows: 0 created, 0 updated, 8 unchanged, 0 rejected");
        File.Exists(rejected).ShouldBeFalse();
        var leaver = await demo.Api.ReadAsync(db => db.Employments.SingleAsync(e => e.ExternalRef == "NVC-1012"));
        leaver.End.ShouldBe(new NodaTime.LocalDate(2026, 10, 30));
        (await demo.Api.ReadAsync(db => db.MemberExternalIds.CountAsync(e => e.ExternalId.StartsWith("NVC-2")))).ShouldBe(3);
    }

    [Fact]
    public async Task RunAsync_CsvWithABadRow_SyncsTheOthersWritesTheRejectedRowWithItsReasonAndExitsOne()
    {
        var csv = WriteCsv(
            "NVC-3001,Ann Other,ann.other@northvale-council.example,,,Planner,planning,2026-01-05,,1.0",
            "NVC-3002,Bea Bad,bea.bad@northvale-council.example,,,Planner,planning,2026-01-05,,1.5",
            "NVC-3003,Cy Unknown,,,,Alchemist,alchemy,2026-01-05,,1.0");
        var rejected = Path.Combine(_directory, "rejected.csv");

        var exit = await RunAsync("--csv", csv, "--rejected", rejected);

        exit.ShouldBe(ExitCodes.RowsRejected, _error.ToString());
        _output.ToString().ShouldContain("1 created, 0 updated, 0 unchanged, 2 rejected.");
        _output.ToString().ShouldContain("line 3 (NVC-3002): FTE_OUT_OF_RANGE (fte)");
        var lines = await File.ReadAllLinesAsync(rejected);
        lines[0].ShouldBe("line,externalId,displayName,workEmail,professionalRegistration,memberId,role,professionCode,start,end,fte,linkCode,reasons");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("3,NVC-3002,Bea Bad,");
        lines[1].ShouldContain("FTE_OUT_OF_RANGE (fte)");
        lines[2].ShouldStartWith("4,NVC-3003,");
        lines[2].ShouldContain("UNKNOWN_PROFESSION (professionCode)");
        (await demo.Api.ReadAsync(db => db.MemberExternalIds.CountAsync(e => e.ExternalId.StartsWith("NVC-300")))).ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_LinkCodeColumn_IsSentAndAnUnknownCodeIsRejectedOnThatColumn()
    {
        var csv = Path.Combine(_directory, "with-link-codes.csv");
        File.WriteAllLines(csv,
        [
            string.Join(',', EmployeeCsv.Columns),
            "NVC-4001,Lin Code,,,,Planner,planning,2026-01-05,,1.0,not-a-code-anyone-issued",
        ]);
        var rejected = Path.Combine(_directory, "rejected-links.csv");

        var exit = await RunAsync("--csv", csv, "--rejected", rejected);

        exit.ShouldBe(ExitCodes.RowsRejected, _error.ToString());
        _output.ToString().ShouldContain("line 2 (NVC-4001): LINK_CODE_INVALID (linkCode)");
        (await File.ReadAllLinesAsync(rejected))[1].ShouldStartWith("2,NVC-4001,Lin Code,,,,Planner,planning,2026-01-05,,1.0,not-a-code-anyone-issued,");
        (await demo.Api.ReadAsync(db => db.MemberExternalIds.CountAsync(e => e.ExternalId == "NVC-4001"))).ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_DefaultRejectedPath_IsNextToTheExport()
    {
        var csv = WriteCsv("NVC-4001,,,,,Planner,planning,2026-01-05,,1.0");

        var exit = await RunAsync("--csv", csv);

        exit.ShouldBe(ExitCodes.RowsRejected);
        (await File.ReadAllTextAsync(Path.Combine(_directory, "employees.rejected.csv"))).ShouldContain("REQUIRED (displayName)");
    }

    [Theory]
    [InlineData("NVC-5001,Di Date,,,,Planner,planning,2024-13-01,,1.0", "line 2, column start: '2024-13-01' is not a date (yyyy-MM-dd).")]
    [InlineData("NVC-5001,Di Date,,,,Planner,planning,,,1.0", "line 2, column start: a date is required (yyyy-MM-dd).")]
    [InlineData("NVC-5001,Di Date,,,,Planner,planning,2024-01-01,soon,1.0", "line 2, column end: 'soon' is not a date")]
    [InlineData("NVC-5001,Di Date,,,,Planner,planning,2024-01-01,,full", "line 2, column fte: 'full' is not a number")]
    [InlineData("NVC-5001,Di Date,,,,Planner,planning,2024-01-01,,1.0,extra", "line 2: not valid CSV")]
    public async Task RunAsync_UnreadableCell_ExitsTwoNamingTheLineAndColumnAndSyncsNothing(string row, string message)
    {
        var csv = WriteCsv(row);

        var exit = await RunAsync("--csv", csv);

        exit.ShouldBe(ExitCodes.BadInput);
        _error.ToString().ShouldContain(message);
        (await demo.Api.ReadAsync(db => db.MemberExternalIds.CountAsync(e => e.ExternalId == "NVC-5001"))).ShouldBe(0);
    }

    [Theory]
    [InlineData("externalId,displayName,role,professionCode", "line 1: column 'start' is missing from the header")]
    [InlineData("externalId,displayName,role,professionCode,start,salary", "line 1: unknown column 'salary'")]
    [InlineData("", "the file is empty")]
    public async Task RunAsync_BadHeader_ExitsTwoNamingTheColumn(string header, string message)
    {
        var csv = Path.Combine(_directory, "header.csv");
        await File.WriteAllTextAsync(csv, header + "\n");

        (await RunAsync("--csv", csv)).ShouldBe(ExitCodes.BadInput);

        _error.ToString().ShouldContain(message);
    }

    [Theory]
    [InlineData(new[] { "--csv" }, "--csv needs a value.")]
    [InlineData(new[] { "--endpoint", "localhost:5080", "--api-key", "k", "--csv", "x.csv" }, "--endpoint must be")]
    [InlineData(new[] { "--endpoint", "http://localhost:5080/graphql", "--csv", "x.csv" }, "--api-key (or the CPD_API_KEY environment variable) is required")]
    [InlineData(new[] { "--endpoint", "http://localhost:5080/graphql", "--api-key", "k" }, "--csv is required")]
    [InlineData(new[] { "--endpoint", "http://localhost:5080/graphql", "--api-key", "k", "--csv", "x.csv", "--chunk-size", "0" }, "--chunk-size must be")]
    [InlineData(new[] { "--verbose" }, "Unknown argument '--verbose'.")]
    public async Task RunAsync_BadArguments_ExitsTwoWithTheProblemAndUsage(string[] args, string message)
    {
        var exit = await HrSyncApp.RunAsync(args, _output, _error, interactive: false, CancellationToken.None);

        exit.ShouldBe(ExitCodes.BadInput);
        _error.ToString().ShouldContain(message);
        _error.ToString().ShouldContain("Usage: Cpd.HrSync");
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsTwo()
    {
        (await RunAsync("--csv", Path.Combine(_directory, "nowhere.csv"))).ShouldBe(ExitCodes.BadInput);

        _error.ToString().ShouldContain("cannot be read");
    }

    [Fact]
    public async Task RunAsync_RefusedKey_ExitsThree()
    {
        var exit = await HrSyncApp.RunAsync(
            ["--endpoint", demo.Api.Endpoint.ToString(), "--api-key", "cpd_nosuchkey_secretsecretsecret", "--csv", ExampleCsv], _output, _error, interactive: false, CancellationToken.None);

        exit.ShouldBe(ExitCodes.ApiFailure);
        _error.ToString().ShouldContain("UNAUTHENTICATED");
    }

    [Fact]
    public async Task RunAsync_KeyOfAnotherRole_ExitsThree()
    {
        var member = await demo.KeyAsync(CallerRole.Member);

        var exit = await HrSyncApp.RunAsync(["--endpoint", demo.Api.Endpoint.ToString(), "--api-key", member, "--csv", ExampleCsv], _output, _error, interactive: false, CancellationToken.None);

        exit.ShouldBe(ExitCodes.ApiFailure);
        _error.ToString().ShouldContain("FORBIDDEN");
    }

    [Fact]
    public async Task RunAsync_NoServer_ExitsThree()
    {
        var exit = await HrSyncApp.RunAsync(["--endpoint", TestClients.DeadEndpoint().ToString(), "--api-key", "cpd_x_y", "--csv", ExampleCsv], _output, _error, interactive: false, CancellationToken.None);

        exit.ShouldBe(ExitCodes.ApiFailure);
        _error.ToString().ShouldContain("NETWORK_ERROR");
    }

    [Fact]
    public async Task ExampleCsv_AgainstTheDemoCatalogue_ListsEveryHrEmployeeAsSeededOneLeaverAndNewStarters()
    {
        var (rows, problem) = await EmployeeCsv.ReadAsync(ExampleCsv, CancellationToken.None);

        problem.ShouldBeNull();
        var byId = rows!.ToDictionary(r => r.Workforce.ExternalId);
        foreach (var employee in DemoDataset.HrEmployees)
        {
            var row = byId[employee.ExternalId].Workforce;
            (row.DisplayName, row.Role, row.ProfessionCode, row.Start, row.Fte, row.WorkEmail)
                .ShouldBe((employee.DisplayName, employee.Role, employee.ProfessionCode, DateOnly.FromDateTime(employee.Start.ToDateTimeUnspecified()), employee.Fte, employee.WorkEmail), employee.ExternalId);
        }

        var catalogue = DemoDataset.HrEmployees.Select(e => e.ExternalId).ToHashSet();
        rows!.Count(r => catalogue.Contains(r.Workforce.ExternalId) && r.Workforce.End is not null).ShouldBe(1);
        var starters = rows!.Where(r => !catalogue.Contains(r.Workforce.ExternalId)).ToList();
        starters.Count.ShouldBe(3);
        starters.ShouldAllBe(r => r.Workforce.End == null);
        var everyDemoName = DemoDataset.People.Select(p => p.DisplayName).ToHashSet();
        starters.ShouldAllBe(r => !everyDemoName.Contains(r.Workforce.DisplayName));
    }

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var organisationId = await demo.Api.ReadAsync(db => db.Organisations.Where(o => o.Name == DemoDataset.HrOrganisation.Name).Select(o => o.Id).SingleAsync());
        var key = await demo.Api.KeyAsync(CallerRole.HrSystem, organisationId);
        return await HrSyncApp.RunAsync(["--endpoint", demo.Api.Endpoint.ToString(), "--api-key", key, .. args], _output, _error, interactive: false, CancellationToken.None);
    }

    private string WriteCsv(params string[] rows)
    {
        var path = Path.Combine(_directory, "employees.csv");
        // The rows here leave out the optional last column, linkCode, as many exports will (the header says which columns there are).
        File.WriteAllLines(path, [string.Join(',', EmployeeCsv.Columns.Where(c => c != "linkCode")), .. rows]);
        return path;
    }
}
