using System.Text.Json;
using System.Text.RegularExpressions;
using Cpd.Api.Auth;

namespace Cpd.Api.Tests.Demo;

/// <summary>The README's first queries, taken from README.md by their <c>&lt;!-- demo-query: ROLE --&gt;</c> markers and run on the demo data.</summary>
public sealed partial class DemoReadmeTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    [Fact]
    public void Readme_MainCommand_IsTheDemo()
    {
        Readme.ShouldContain("```bash\ndotnet run --project src/Cpd.Api -- --demo\n```");
        Examples().Select(e => e.Role).Distinct().Order(StringComparer.Ordinal).ShouldBe(["ADMIN", "ASSESSOR", "HR_SYSTEM", "MEMBER"]);
    }

    [Theory]
    [InlineData("MEMBER", CallerRole.Member)]
    [InlineData("ASSESSOR", CallerRole.Assessor)]
    [InlineData("HR_SYSTEM", CallerRole.HrSystem)]
    [InlineData("ADMIN", CallerRole.Admin)]
    public async Task Readme_ExamplesOfARole_ReturnDataWithoutErrorsOnTheDemoData(string role, CallerRole callerRole)
    {
        var key = await world.KeyAsync(callerRole);
        foreach (var (_, block) in Examples().Where(e => e.Role == role))
        {
            block.ShouldContain($"Authorization: Bearer ${role}_KEY");
            block.ShouldContain("http://localhost:5080/graphql");
            var (query, variables) = Request(block);

            var response = await world.Api.PostAsync(query, variables, key);

            response.ShouldHaveNoErrors();
            foreach (var field in response.Json.GetProperty("data").EnumerateObject())
            {
                field.Value.ValueKind.ShouldNotBe(JsonValueKind.Null, response.Body);
                if (field.Value.TryGetProperty("errors", out var userErrors))
                {
                    userErrors.GetArrayLength().ShouldBe(0, response.Body);
                }
            }

            response.Body.ShouldNotContain("\"status\":\"REJECTED\"", Case.Sensitive);
        }
    }

    [Fact]
    public async Task Readme_MemberExample_ShowsTheKeyMembersOwnRecord()
    {
        var (query, _) = Request(Examples().First(e => e.Role == "MEMBER").Block);

        var response = await world.Api.PostAsync(query, null, await world.KeyAsync(CallerRole.Member));

        response.Data("me", "displayName").GetString().ShouldBe("Daniel Whitfield");
        response.Data("me", "experiences").GetArrayLength().ShouldBeGreaterThan(0);
        response.Data("me", "reflections").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Readme_ProgressionCheckExample_ShowsTheKeyMemberCloseWithAProjectedDate()
    {
        var (query, _) = Request(Examples().Single(e => e.Block.Contains("progressionCheck", StringComparison.Ordinal)).Block);

        var response = await world.Api.PostAsync(query, null, await world.KeyAsync(CallerRole.Member));

        response.Data("progressionCheck", "eligible").GetBoolean().ShouldBeFalse();
        var from = NodaTime.Text.LocalDatePattern.Iso.Parse(response.Data("progressionCheck", "eligibleFrom").GetString()!).Value;
        from.ShouldBeInRange(Support.ApiServer.Start.InUtc().Date.PlusDays(1), Support.ApiServer.Start.InUtc().Date.PlusYears(1));
    }

    [Fact]
    public async Task Readme_EligibilityExample_ShowsTheAssessorEligibleAndIneligibleMembers()
    {
        var (query, _) = Request(Examples().Single(e => e.Block.Contains("eligibility(", StringComparison.Ordinal)).Block);

        var response = await world.Api.PostAsync(query, null, await world.KeyAsync(CallerRole.Assessor));

        response.Data("eligibility", "nodes").EnumerateArray().Select(n => n.GetProperty("eligible").GetBoolean()).Distinct().Order().ShouldBe([false, true]);
        response.Data("member", "displayName").GetString().ShouldBe("Amira Okafor");
    }

    [Fact]
    public async Task Readme_HrSyncExample_FindsTheSeededEmployeeUnchangedAndCreatesTheNewStarter()
    {
        var (query, variables) = Request(Examples().Single(e => e.Block.Contains("syncWorkforce", StringComparison.Ordinal)).Block);
        var key = await world.KeyAsync(CallerRole.HrSystem);

        var first = await world.Api.PostAsync(query, variables, key);
        var second = await world.Api.PostAsync(query, variables, key);

        first.Data("syncWorkforce", "rows", 0, "status").GetString().ShouldBe("UNCHANGED", first.Body);
        first.Data("syncWorkforce", "rows", 0, "memberId").GetString().ShouldBe("TWVtYmVyOjI");
        second.Data("syncWorkforce", "rows").EnumerateArray().Select(r => r.GetProperty("status").GetString()).ShouldBe(["UNCHANGED", "UNCHANGED"]);
    }

    /// <summary>Every <c>bash</c> block after a <c>demo-query</c> marker, with the marker's role.</summary>
    private static List<(string Role, string Block)> Examples() =>
        [.. ExampleBlock().Matches(Readme).Select(m => (m.Groups["role"].Value, m.Groups["block"].Value))];

    /// <summary>The GraphQL request a curl command of the README sends: a GET's urlencoded query, or a POST's JSON body.</summary>
    private static (string Query, object? Variables) Request(string block)
    {
        var get = GetQuery().Match(block);
        if (get.Success)
        {
            return (get.Groups["query"].Value, null);
        }

        var post = PostBody().Match(block);
        post.Success.ShouldBeTrue($"Neither a GET with --data-urlencode 'query=…' nor a POST of a JSON heredoc: {block}");
        using var json = JsonDocument.Parse(post.Groups["json"].Value);
        var variables = json.RootElement.TryGetProperty("variables", out var v) ? JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(v.GetRawText()) : null;
        return (json.RootElement.GetProperty("query").GetString()!, variables);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cpd.sln")) && File.Exists(Path.Combine(directory.FullName, "README.md")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Cpd.sln with a README.md above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<!-- demo-query: (?<role>[A-Z_]+) -->\s*```bash\n(?<block>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"--data-urlencode 'query=(?<query>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex GetQuery();

    [GeneratedRegex(@"<<'JSON'\n(?<json>.*?)\nJSON\n", RegexOptions.Singleline)]
    private static partial Regex PostBody();
}
