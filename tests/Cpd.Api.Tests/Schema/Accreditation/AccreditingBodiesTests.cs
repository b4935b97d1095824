using Cpd.Api.Auth;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Accreditation;

public sealed class AccreditingBodiesTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Add = """
        mutation($input: AddAccreditingBodyInput!) { addAccreditingBody(input: $input) { accreditingBody { id code name } errors { code field } } }
        """;

    [Fact]
    public async Task AddAccreditingBody_AsAdmin_IsListedByNameAndAudited()
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        foreach (var (code, name) in new[] { ("zeta-institute", "Zeta Institute"), ("institute-of-place-leadership", "Institute of Place Leadership") })
        {
            var added = await api.PostAsync(Add, new { input = new { code, name } }, admin);
            added.UserErrors("addAccreditingBody").ShouldBeEmpty();
            added.Data("addAccreditingBody", "accreditingBody", "code").GetString().ShouldBe(code);
        }

        var list = await api.PostAsync("{ accreditingBodies(first: 10) { nodes { code } totalCount } }", key: admin);
        list.ShouldHaveNoErrors();
        var codes = list.Data("accreditingBodies", "nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToList();
        codes.IndexOf("institute-of-place-leadership").ShouldBeLessThan(codes.IndexOf("zeta-institute"));
        (await api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "addAccreditingBody"))).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task AddAccreditingBody_CodeTakenOrMalformed_IsRejectedAtCode()
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        (await api.PostAsync(Add, new { input = new { code = "royal-college", name = "Royal College" } }, admin)).UserErrors("addAccreditingBody").ShouldBeEmpty();
        var taken = await api.PostAsync(Add, new { input = new { code = "royal-college", name = "Another" } }, admin);
        taken.UserErrors("addAccreditingBody").ShouldBe([("ALREADY_EXISTS", "input.code")]);
        var malformed = await api.PostAsync(Add, new { input = new { code = "Royal College", name = "" } }, admin);
        malformed.UserErrors("addAccreditingBody").ShouldBe([("INVALID_CODE", "input.code"), ("REQUIRED", "input.name")]);
    }

    [Fact]
    public async Task AccreditingBodies_Anonymous_FailsWithUnauthenticated()
    {
        (await api.PostAsync("{ accreditingBodies { totalCount } }")).ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }
}
