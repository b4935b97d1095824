using Cpd.Api.Auth;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Accreditation;

public sealed class SchemeTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Define = """
        mutation($input: DefineSchemeInput!) { defineScheme(input: $input) { scheme { id code name description body { code } versions { number } } errors { code field } } }
        """;

    private const string Read = "query($id: ID!) { scheme(id: $id) { code name description body { code } versions { number } } }";

    [Fact]
    public async Task DefineScheme_AsAdmin_IsReadableAndAudited()
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        var body = await BodyAsync("body-admin");
        var defined = await api.PostAsync(Define, new { input = new { bodyId = GlobalId.Format("AccreditingBody", body), code = "admin-scheme", name = " Practitioner ", description = "Place practice" } }, admin);
        defined.UserErrors("defineScheme").ShouldBeEmpty();
        var id = defined.Data("defineScheme", "scheme", "id").GetString();

        var read = await api.PostAsync(Read, new { id }, await api.KeyAsync(CallerRole.Admin));
        read.ShouldHaveNoErrors();
        read.Data("scheme", "name").GetString().ShouldBe("Practitioner");
        read.Data("scheme", "description").GetString().ShouldBe("Place practice");
        read.Data("scheme", "body", "code").GetString().ShouldBe("body-admin");
        read.Data("scheme", "versions").GetArrayLength().ShouldBe(0);
        (await api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "defineScheme"))).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task DefineScheme_AsAssessorOfTheBody_IsAccepted()
    {
        var body = await BodyAsync("body-own");
        var assessor = await api.KeyAsync(CallerRole.Assessor, body);
        var defined = await api.PostAsync(Define, new { input = new { bodyId = GlobalId.Format("AccreditingBody", body), code = "own-scheme", name = "Own" } }, assessor);
        defined.UserErrors("defineScheme").ShouldBeEmpty();
        defined.Data("defineScheme", "scheme", "body", "code").GetString().ShouldBe("body-own");
    }

    [Fact]
    public async Task DefineScheme_OtherCallers_AreRefused()
    {
        var body = await BodyAsync("body-closed");
        var other = await BodyAsync("body-other");
        var input = new { input = new { bodyId = GlobalId.Format("AccreditingBody", body), code = "closed-scheme", name = "Closed" } };
        (await api.PostAsync(Define, input, await api.KeyAsync(CallerRole.Assessor, other))).UserErrors("defineScheme").ShouldBe([("FORBIDDEN", null)]);
        (await api.PostAsync(Define, input)).UserErrors("defineScheme").ShouldBe([("UNAUTHENTICATED", null)]);
    }

    [Fact]
    public async Task DefineScheme_BadInput_IsRejectedAtItsField()
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        var body = GlobalId.Format("AccreditingBody", await BodyAsync("body-checks"));
        (await api.PostAsync(Define, new { input = new { bodyId = body, code = "taken-scheme", name = "Taken" } }, admin)).UserErrors("defineScheme").ShouldBeEmpty();
        (await api.PostAsync(Define, new { input = new { bodyId = body, code = "taken-scheme", name = "Again" } }, admin))
            .UserErrors("defineScheme").ShouldBe([("ALREADY_EXISTS", "input.code")]);
        (await api.PostAsync(Define, new { input = new { bodyId = body, code = "Bad Code", name = "", description = new string('x', 2001) } }, admin))
            .UserErrors("defineScheme").ShouldBe([("INVALID_CODE", "input.code"), ("REQUIRED", "input.name"), ("TOO_LONG", "input.description")]);
        (await api.PostAsync(Define, new { input = new { bodyId = "nonsense", code = "a-scheme", name = "A" } }, admin))
            .UserErrors("defineScheme").ShouldBe([("MALFORMED_ID", "input.bodyId")]);
        (await api.PostAsync(Define, new { input = new { bodyId = GlobalId.Format("AccreditingBody", 999_999), code = "a-scheme", name = "A" } }, admin))
            .UserErrors("defineScheme").ShouldBe([("NOT_FOUND", "input.bodyId")]);
    }

    [Fact]
    public async Task Scheme_AnonymousOrUnknown_FailsWithItsCode()
    {
        (await api.PostAsync(Read, new { id = GlobalId.Format("Scheme", 1) })).ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        (await api.PostAsync(Read, new { id = GlobalId.Format("Scheme", 999_999) }, await api.KeyAsync(CallerRole.Admin))).ErrorCodes.ShouldBe(["NOT_FOUND"]);
    }

    private async Task<long> BodyAsync(string code)
    {
        var added = await api.PostAsync(
            "mutation($input: AddAccreditingBodyInput!) { addAccreditingBody(input: $input) { accreditingBody { id } } }",
            new { input = new { code, name = code } },
            await api.KeyAsync(CallerRole.Admin));
        return GlobalId.Parse(added.Data("addAccreditingBody", "accreditingBody", "id").GetString()!, "AccreditingBody");
    }
}
