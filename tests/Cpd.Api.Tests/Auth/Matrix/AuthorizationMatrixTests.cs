using System.Globalization;
using Cpd.Api.Persistence;
using Cpd.Api.Tests.Schema.Members;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Auth.Matrix;

/// <summary>
/// Runs every row of <c>tests/Cpd.Api.Tests/Auth/authorization-matrix.csv</c> as every role against the real server
/// (<see cref="MemberWorld"/>: ann, her employer the council, the institute she applied to) and fails on any difference;
/// and fails when a Query or Mutation field of the built schema has no row, or a row has no probe.
/// </summary>
public sealed class AuthorizationMatrixTests(MemberWorld world) : IClassFixture<MemberWorld>
{
    private static int _runs;

    public static TheoryData<string> Rows() => new(MatrixRow.ReadAll().Select(r => r.Key));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Row_AsEveryRole_MatchesTheServer(string key)
    {
        var row = MatrixRow.ReadAll().Single(r => r.Key == key);
        MatrixProbes.All.TryGetValue(key, out var probe).ShouldBeTrue($"authorization-matrix.csv line {row.Line}: no probe for {key}; add one to a MatrixProbes.<Area>.cs file.");
        var path = probe!.Path.Count > 0 ? probe.Path : [row.Field];
        var mismatches = new List<string>();
        var observed = new List<string>();
        foreach (var (column, caller) in MatrixRole.Columns)
        {
            var run = new MatrixRun(world, Interlocked.Increment(ref _runs));
            var variables = await probe.Variables(run);
            var before = probe.IsMutation ? await SnapshotAsync() : null;
            var response = await world.Api.PostAsync(probe.Document, variables, world.Key(caller));
            var outcome = probe.Judge(response, path, probe.Subject?.Invoke(run), anonymous: column == "ANONYMOUS");
            if (outcome == "DENY" && before is not null && await SnapshotAsync() is var after && after != before)
            {
                outcome = $"DENY but wrote ({before} -> {after})";
            }

            observed.Add(outcome.Split('(')[0]);
            if (outcome != row.Expected[column])
            {
                mismatches.Add($"{key} as {column} ({caller}): expected {row.Expected[column]}, got {outcome}");
            }
        }

        mismatches.ShouldBeEmpty(
            $"authorization-matrix.csv line {row.Line}; the server answered {row.Type},{row.Field},{row.Case},{string.Join(',', observed)}\n" + string.Join('\n', mismatches));
    }

    [Fact]
    public void Rows_EveryQueryAndMutationField_HasARowAndEveryRowAProbe()
    {
        var rows = MatrixRow.ReadAll();
        var schema = world.Api.Services.GetGraphQLSchema();
        var problems = new List<string>();
        foreach (var root in new[] { schema.QueryType, schema.MutationType }.OfType<ObjectType>())
        {
            problems.AddRange(root.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && !rows.Any(r => r.Type == root.Name && r.Field == f.Name))
                .Select(f => $"{root.Name}.{f.Name} has no row in authorization-matrix.csv"));
        }

        foreach (var row in rows)
        {
            if (schema.GetType(row.Type) is not IComplexOutputType type || !type.Fields.Any(f => f.Name == row.Field))
            {
                problems.Add($"line {row.Line}: {row.Type}.{row.Field} is not a field of the schema");
            }

            if (!MatrixProbes.All.ContainsKey(row.Key))
            {
                problems.Add($"line {row.Line}: {row.Key} has no probe (add one to a MatrixProbes.<Area>.cs file)");
            }
        }

        problems.AddRange(MatrixProbes.All.Keys.Where(k => !rows.Any(r => r.Key == k)).Select(k => $"the probe {k} has no row"));
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_UnknownOutcome_IsRefusedWithItsLine()
    {
        var header = "type,field,case," + string.Join(',', MatrixRole.Columns.Select(c => c.Column));
        var error = Should.Throw<FormatException>(() => MatrixRow.Parse(["# a comment", header, "Query,me,,ALLOW,ALLOW,ALLOW,ALLOW,ALLOW,ALLOW,ALLOW,MAYBE"]));
        error.Message.ShouldContain(":3:");
        error.Message.ShouldContain("MAYBE");
    }

    [Fact]
    public void Parse_SameFieldAndCaseTwice_IsRefused()
    {
        var header = "type,field,case," + string.Join(',', MatrixRole.Columns.Select(c => c.Column));
        const string Row = "Query,me,,DENY,ALLOW,FILTERED,FILTERED,FILTERED,FILTERED,FILTERED,FILTERED";
        Should.Throw<FormatException>(() => MatrixRow.Parse([header, Row, Row])).Message.ShouldContain("Query.me");
        MatrixRow.Parse([header, Row, Row.Replace("me,,", "me,again,", StringComparison.Ordinal)]).Select(r => r.Key).ShouldBe(["Query.me", "Query.me:again"]);
    }

    // How many rows each table has, and the audit log's newest id: a denied mutation changes neither.
    private async Task<string> SnapshotAsync() => await world.Api.ReadAsync(async db =>
    {
        var counts = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
#pragma warning disable EF1003 // the table names come from the model, not from input
            var count = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"").SingleAsync();
#pragma warning restore EF1003
            counts.Add(table + "=" + count.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(' ', counts);
    });
}
