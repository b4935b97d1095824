using System.Text.Json;
using Cpd.Api.Tests.Support;

namespace Cpd.Api.Tests.Schema.Lessons;

/// <summary><c>lessons</c> through the real server.</summary>
public sealed class LessonQueriesTests(LessonWorld world) : IClassFixture<LessonWorld>
{
    private const string Query = "query($first: Int, $after: String, $last: Int, $before: String, $where: LessonFilterInput) { lessons(first: $first, after: $after, last: $last, before: $before, where: $where) { nodes { kind sectors whatWorked whatDidNotWork whatIdDoDifferently } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } totalCount } }";

    private async Task<List<JsonElement>> LessonsAsync(object? where = null, string? key = null)
    {
        var result = await world.Api.PostAsync(Query, new { first = 10, where }, key ?? world.Key("member"));
        result.ShouldHaveNoErrors();
        return [.. result.Data("lessons", "nodes").EnumerateArray()];
    }

    private static string Text(JsonElement lesson) => lesson.GetProperty("whatDidNotWork").GetString()!;

    [Fact]
    public async Task Lessons_AsMember_ArePublishedReflectionsNewestFirstWithDomainKindAndSectors()
    {
        var lessons = await LessonsAsync();

        lessons.Select(Text).ShouldBe(["Budget cycles differ between partners.", "Sessions slipped 100% of the time in winter_pressures.", "Two IT Systems never talked to each other."]);
        var general = lessons[0];
        general.GetProperty("kind").ValueKind.ShouldBe(JsonValueKind.Null);
        general.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()).ShouldBe(["health"]);
        lessons[1].GetProperty("kind").GetString().ShouldBe("MENTORING");
        lessons[1].GetProperty("sectors").EnumerateArray().Select(s => s.GetString()).ShouldBe(["local-government", "policing"]);
        lessons[2].GetProperty("kind").GetString().ShouldBe("SECONDMENT");
        lessons[2].GetProperty("sectors").EnumerateArray().Select(s => s.GetString()).ShouldBe(["local-government", "health"]);
        lessons[2].GetProperty("whatWorked").GetString().ShouldBe("Weekly huddles with the ward team.");
    }

    [Fact]
    public async Task Lesson_Type_NamesNoMemberOrganisationOrDate()
    {
        var result = await world.Api.PostAsync("{ __type(name: \"Lesson\") { fields { name } } }", null, world.Key("member"));

        result.Data("__type", "fields").EnumerateArray().Select(f => f.GetProperty("name").GetString())
            .ShouldBe(["whatWorked", "whatDidNotWork", "whatIdDoDifferently", "kind", "sectors"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("member")]
    [InlineData("assessor")]
    [InlineData("hr")]
    [InlineData("hr-other")]
    [InlineData("admin")]
    public async Task Lessons_EachAuthenticatedCaller_ReadsTheSameLessons(string caller) =>
        (await LessonsAsync(key: world.Key(caller))).Count.ShouldBe(3);

    [Fact]
    public async Task Lessons_Anonymous_IsUnauthenticated()
    {
        var result = await world.Api.PostAsync(Query, new { first = 10 });
        result.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Theory]
    [InlineData("health", null, null, "Budget cycles differ between partners.|Two IT Systems never talked to each other.")]
    [InlineData("policing", null, null, "Sessions slipped 100% of the time in winter_pressures.")]
    [InlineData("local-government", null, null, "Sessions slipped 100% of the time in winter_pressures.|Two IT Systems never talked to each other.")]
    [InlineData(null, "MENTORING", null, "Sessions slipped 100% of the time in winter_pressures.")]
    [InlineData(null, "SHADOWING", null, "")]
    [InlineData(null, null, "it systems", "Two IT Systems never talked to each other.")]
    [InlineData(null, null, "WARD TEAM", "Two IT Systems never talked to each other.")]
    [InlineData(null, null, "100%", "Sessions slipped 100% of the time in winter_pressures.")]
    [InlineData(null, null, "r_p", "Sessions slipped 100% of the time in winter_pressures.")]
    [InlineData(null, null, "0% o", "Sessions slipped 100% of the time in winter_pressures.")]
    [InlineData(null, null, "%", "Sessions slipped 100% of the time in winter_pressures.")]
    [InlineData(null, null, "setback", "")]
    [InlineData("health", "SECONDMENT", "huddles", "Two IT Systems never talked to each other.")]
    public async Task Lessons_Where_NarrowsBySectorKindAndText(string? sectorCode, string? kind, string? text, string expected)
    {
        var lessons = await LessonsAsync(new { sectorCode, kind, text });
        string.Join('|', lessons.Select(Text)).ShouldBe(expected);
    }

    [Fact]
    public async Task Lessons_TextLongerThanTwoHundred_IsBadUserInput()
    {
        var result = await world.Api.PostAsync(Query, new { first = 10, where = new { text = new string('a', 201) } }, world.Key("member"));
        result.ErrorCodes.ShouldBe(["BAD_USER_INPUT"]);
    }

    [Fact]
    public async Task Lessons_Paging_WalksForwardAndBackWithHonestCounts()
    {
        var first = await world.Api.PostAsync(Query, new { first = 2 }, world.Key("hr"));
        first.Data("lessons", "nodes").GetArrayLength().ShouldBe(2);
        first.Data("lessons", "totalCount").GetInt32().ShouldBe(3);
        first.Data("lessons", "pageInfo", "hasNextPage").GetBoolean().ShouldBeTrue();

        var rest = await world.Api.PostAsync(Query, new { first = 2, after = first.Data("lessons", "pageInfo", "endCursor").GetString() }, world.Key("hr"));
        rest.Data("lessons", "nodes").EnumerateArray().Select(Text).ShouldBe(["Two IT Systems never talked to each other."]);
        rest.Data("lessons", "pageInfo", "hasNextPage").GetBoolean().ShouldBeFalse();

        var back = await world.Api.PostAsync(Query, new { last = 1, before = rest.Data("lessons", "pageInfo", "startCursor").GetString() }, world.Key("hr"));
        back.Data("lessons", "nodes").EnumerateArray().Select(Text).ShouldBe(["Sessions slipped 100% of the time in winter_pressures."]);
    }
}
