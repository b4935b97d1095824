using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Cpd.Api.Schema.Common;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class ConnectionQueriesTests(PagingDatabase database) : IClassFixture<PagingDatabase>
{
    private const string Page = "edges { cursor node { databaseId group } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private static IReadOnlyList<long> Ids(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("databaseId").GetInt64())];

    private static JsonElement Rows(JsonElement result) => result.GetProperty("data").GetProperty("rows");

    private static string Code(JsonElement result) => result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task PageAsync_FirstAfterEndCursor_WalksTheWholeListInKeyOrderOnce()
    {
        var seen = new List<long>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var argument = after is null ? string.Empty : $", after: \"{after}\"";
            var rows = Rows((await database.RunAsync($"{{ rows(first: 7{argument}) {{ {Page} }} }}")).Result);
            seen.AddRange(Ids(rows));
            pages++;
            var pageInfo = rows.GetProperty("pageInfo");
            pageInfo.GetProperty("hasPreviousPage").GetBoolean().ShouldBe(after is not null);
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        pages.ShouldBe(4);
        seen.ShouldBe(Enumerable.Range(1, PagingDatabase.RowCount).Select(i => (long)i));
    }

    [Fact]
    public async Task PageAsync_LastBeforeStartCursor_WalksBackInKeyOrder()
    {
        var last = Rows((await database.RunAsync($"{{ rows(last: 10) {{ {Page} }} }}")).Result);
        Ids(last).ShouldBe(Enumerable.Range(16, 10).Select(i => (long)i));
        last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().ShouldBeTrue();
        last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();

        var before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = Rows((await database.RunAsync($"{{ rows(last: 20, before: \"{before}\") {{ {Page} }} }}")).Result);
        Ids(previous).ShouldBe(Enumerable.Range(1, 15).Select(i => (long)i));
        previous.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().ShouldBeFalse();
        previous.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task PageAsync_CompositeKey_PagesInGroupThenIdOrder()
    {
        var expected = Enumerable.Range(1, PagingDatabase.RowCount).OrderBy(i => (char)('a' + (i % 3))).ThenBy(i => i).Select(i => (long)i).ToList();
        var first = Rows((await database.RunAsync($"{{ rows(first: 9, byGroup: true) {{ {Page} }} }}")).Result);
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = Rows((await database.RunAsync($"{{ rows(first: 100, after: \"{after}\", byGroup: true) {{ {Page} }} }}")).Result);
        Ids(first).Concat(Ids(second)).ShouldBe(expected);
    }

    [Fact]
    public async Task PageAsync_DescendingKey_PagesForwardAndBackInDescendingOrder()
    {
        var expected = Enumerable.Range(1, PagingDatabase.RowCount).OrderByDescending(i => (char)('a' + (i % 3))).ThenByDescending(i => i).Select(i => (long)i).ToList();
        var first = Rows((await database.RunAsync($"{{ rows(first: 10, byGroup: true, descending: true) {{ {Page} }} }}")).Result);
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = Rows((await database.RunAsync($"{{ rows(first: 100, after: \"{after}\", byGroup: true, descending: true) {{ {Page} }} }}")).Result);
        Ids(first).Concat(Ids(rest)).ShouldBe(expected);

        var before = rest.GetProperty("edges")[0].GetProperty("cursor").GetString();
        var back = Rows((await database.RunAsync($"{{ rows(last: 3, before: \"{before}\", byGroup: true, descending: true) {{ {Page} }} }}")).Result);
        Ids(back).ShouldBe(expected.Skip(7).Take(3));
    }

    [Fact]
    public async Task PageAsync_AfterAndBefore_KeepsOnlyTheItemsBetween()
    {
        var all = Rows((await database.RunAsync($"{{ rows(first: 100) {{ {Page} }} }}")).Result).GetProperty("edges");
        var after = all[4].GetProperty("cursor").GetString();
        var before = all[9].GetProperty("cursor").GetString();
        var between = Rows((await database.RunAsync($"{{ rows(first: 100, after: \"{after}\", before: \"{before}\") {{ {Page} }} }}")).Result);
        Ids(between).ShouldBe([6L, 7L, 8L, 9L]);
    }

    [Fact]
    public async Task TotalCount_Selected_RunsOneCountQueryBesideThePage()
    {
        var (result, commands) = await database.RunAsync($"{{ rows(first: 5) {{ totalCount {Page} }} }}");
        Rows(result).GetProperty("totalCount").GetInt32().ShouldBe(PagingDatabase.RowCount);
        commands.ShouldBe(2);
    }

    [Fact]
    public async Task TotalCount_NotSelected_RunsOnlyThePageQuery()
    {
        var (result, commands) = await database.RunAsync($"{{ rows(first: 5) {{ {Page} }} }}");
        Ids(Rows(result)).Count.ShouldBe(5);
        commands.ShouldBe(1);
    }

    [Fact]
    public async Task TotalCount_SelectedAlone_RunsOnlyTheCountQuery()
    {
        var (result, commands) = await database.RunAsync("{ rows(first: 5) { totalCount } }");
        Rows(result).GetProperty("totalCount").GetInt32().ShouldBe(PagingDatabase.RowCount);
        commands.ShouldBe(1);
    }

    [Fact]
    public async Task TotalCount_InAFragment_IsCountedAndRowsAreRead()
    {
        var (result, commands) = await database.RunAsync("{ rows(first: 2) { ...counted } } fragment counted on RowNodeConnection { totalCount nodes { databaseId } }");
        Rows(result).GetProperty("totalCount").GetInt32().ShouldBe(PagingDatabase.RowCount);
        Rows(result).GetProperty("nodes").GetArrayLength().ShouldBe(2);
        commands.ShouldBe(2);
    }

    [Fact]
    public async Task PageAsync_FetchesOneRowMoreThanThePage_AndHasNextPageOnlyWhenItExists()
    {
        var exact = Rows((await database.RunAsync($"{{ rows(first: {PagingDatabase.RowCount}) {{ {Page} }} }}")).Result);
        exact.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
        var short1 = Rows((await database.RunAsync($"{{ rows(first: {PagingDatabase.RowCount - 1}) {{ {Page} }} }}")).Result);
        short1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task PageAsync_EmptyPage_HasNullCursors()
    {
        var rows = Rows((await database.RunAsync($"{{ rows(first: 0) {{ {Page} }} }}")).Result);
        Ids(rows).ShouldBeEmpty();
        rows.GetProperty("pageInfo").GetProperty("startCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        rows.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("rows(first: -1)", ApiErrorCodes.InvalidPaging)]
    [InlineData("rows(first: 101)", ApiErrorCodes.InvalidPaging)]
    [InlineData("rows(first: 1, last: 1)", ApiErrorCodes.InvalidPaging)]
    [InlineData("rows(first: 1, after: \"garbage!\")", ApiErrorCodes.InvalidCursor)]
    [InlineData("rows(first: 1, after: \"WyJhIiwxXQ\")", ApiErrorCodes.InvalidCursor)] // ["a",1]: a cursor of another key
    [InlineData("rows(last: 1, before: \"MTA\")", ApiErrorCodes.InvalidCursor)] // 10: not an array
    public async Task PageAsync_BadArguments_FailTheFieldWithACode(string field, string code)
    {
        var (result, commands) = await database.RunAsync($"{{ {field} {{ {Page} }} }}");
        Code(result).ShouldBe(code);
        result.GetProperty("errors")[0].GetProperty("path")[0].GetString().ShouldBe("rows");
        commands.ShouldBe(0);
    }

    [Fact]
    public async Task Cursor_IsTheKeyNotAnOffset_SoItSurvivesADeletedRowBeforeIt()
    {
        using (var db = database.Contexts.CreateDbContext())
        {
            db.Rows.Add(new PagingDatabase.Row { Id = 1000, Name = "extra", Group = "z" });
            await db.SaveChangesAsync();
        }

        var all = Rows((await database.RunAsync($"{{ rows(first: 100) {{ {Page} }} }}")).Result).GetProperty("edges");
        var cursor = all[all.GetArrayLength() - 2].GetProperty("cursor").GetString();
        using (var db = database.Contexts.CreateDbContext())
        {
            db.Rows.Remove(await db.Rows.SingleAsync(r => r.Id == 1));
            await db.SaveChangesAsync();
        }

        try
        {
            var next = Rows((await database.RunAsync($"{{ rows(first: 1, after: \"{cursor}\") {{ {Page} }} }}")).Result);
            Ids(next).ShouldBe([1000L]);
        }
        finally
        {
            using var db = database.Contexts.CreateDbContext();
            db.Rows.Remove(await db.Rows.SingleAsync(r => r.Id == 1000));
            db.Rows.Add(new PagingDatabase.Row { Id = 1, Name = "Row 1", Group = "b" });
            await db.SaveChangesAsync();
        }
    }
}
