using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Accreditation;

public sealed class SchemeVersionTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Publish = """
        mutation($input: PublishSchemeVersionInput!) { publishSchemeVersion(input: $input) { schemeVersion { id number effectiveFrom validity requirementJson } errors { code field } } }
        """;

    private static readonly object Tree = new
    {
        allOf = new
        {
            id = "place-leadership",
            description = "Place leadership",
            of = new object[]
            {
                new { crossBoundaryTime = new { id = "cross-sector-time", boundary = "SECTOR", minimumDays = 30, window = "P5Y", kinds = new[] { "SECONDMENT" }, minimumVerification = "ATTESTED" } },
                new { experienceCount = new { id = "peer-challenge", kinds = new[] { "PEER_CHALLENGE" }, minimum = 1, window = "EVER" } },
            },
        },
    };

    [Fact]
    public async Task PublishSchemeVersion_AsAssessorOfTheBody_IsNumberedStoredAndAudited()
    {
        var (scheme, assessor) = await SchemeAsync("versioned");
        var first = await api.PostAsync(Publish, Input(scheme, "2026-01-01", Tree), assessor);
        first.UserErrors("publishSchemeVersion").ShouldBeEmpty();
        first.Data("publishSchemeVersion", "schemeVersion", "number").GetInt32().ShouldBe(1);
        first.Data("publishSchemeVersion", "schemeVersion", "validity").GetString().ShouldBe("P3Y");
        var json = first.Data("publishSchemeVersion", "schemeVersion", "requirementJson").GetString()!;
        JsonDocument.Parse(json).RootElement.GetProperty("allOf").GetProperty("of")[0].GetProperty("crossBoundaryTime").GetProperty("minimumDays").GetDecimal().ShouldBe(30m);

        var second = await api.PostAsync(Publish, Input(scheme, "2026-06-01", Tree), assessor);
        second.Data("publishSchemeVersion", "schemeVersion", "number").GetInt32().ShouldBe(2);
        var read = await api.PostAsync("query($id: ID!) { scheme(id: $id) { versions { number effectiveFrom } } }", new { id = scheme }, assessor);
        read.Data("scheme", "versions").EnumerateArray().Select(v => v.GetProperty("effectiveFrom").GetString()).ShouldBe(["2026-01-01", "2026-06-01"]);
        (await api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "publishSchemeVersion"))).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task PublishSchemeVersion_InvalidTree_IsRejectedAtThePathIntoTheInput()
    {
        var (scheme, assessor) = await SchemeAsync("invalid-tree");
        var zero = new { allOf = new { id = "root", of = new object[] { new { networkDiversity = new { id = "network", minimumSectors = 2 } }, new { crossBoundaryTime = new { id = "time", boundary = "SECTOR", minimumDays = 0, window = "P5Y" } } } } };
        (await api.PostAsync(Publish, Input(scheme, "2026-01-01", zero), assessor)).UserErrors("publishSchemeVersion")
            .ShouldBe([("RULE_NOT_POSITIVE", "input.requirement.allOf.of.1.crossBoundaryTime.minimumDays")]);
        var badWindow = new { reflectionCoverage = new { id = "reflect", minimumShare = 0.5, window = "five years" } };
        (await api.PostAsync(Publish, Input(scheme, "2026-01-01", badWindow), assessor)).UserErrors("publishSchemeVersion")
            .ShouldBe([("RULE_BAD_PERIOD", "input.requirement.reflectionCoverage.window")]);
        (await api.PostAsync(Publish, Input(scheme, "2026-01-01", Tree), assessor)).UserErrors("publishSchemeVersion").ShouldBeEmpty();
        (await api.PostAsync(Publish, Input(scheme, "2025-01-01", Tree), assessor)).UserErrors("publishSchemeVersion")
            .ShouldBe([("EFFECTIVE_BEFORE_PREVIOUS", "input.effectiveFrom")]);
    }

    [Fact]
    public async Task PublishSchemeVersion_OtherCallersOrUnknownScheme_AreRefused()
    {
        var (scheme, _) = await SchemeAsync("guarded");
        var (_, other) = await SchemeAsync("guarded-other");
        (await api.PostAsync(Publish, Input(scheme, "2026-01-01", Tree), other)).UserErrors("publishSchemeVersion").ShouldBe([("FORBIDDEN", null)]);
        (await api.PostAsync(Publish, Input(scheme, "2026-01-01", Tree))).UserErrors("publishSchemeVersion").ShouldBe([("UNAUTHENTICATED", null)]);
        var admin = await api.KeyAsync(CallerRole.Admin);
        (await api.PostAsync(Publish, Input(GlobalId.Format("Scheme", 999_999), "2026-01-01", Tree), admin)).UserErrors("publishSchemeVersion").ShouldBe([("NOT_FOUND", "input.schemeId")]);
        (await api.PostAsync(Publish, Input("nonsense", "2026-01-01", Tree), admin)).UserErrors("publishSchemeVersion").ShouldBe([("MALFORMED_ID", "input.schemeId")]);
    }

    [Fact]
    public async Task PublishSchemeVersion_TwoKindsInOneNode_FailsValidationOfOneOf()
    {
        var (scheme, assessor) = await SchemeAsync("one-of");
        var both = new { networkDiversity = new { minimumSectors = 2 }, holdsAccreditation = new { schemeCode = "one-of" } };
        (await api.PostAsync(Publish, Input(scheme, "2026-01-01", both), assessor)).Errors.ShouldNotBeEmpty();
    }

    private static object Input(string scheme, string effectiveFrom, object requirement) =>
        new { input = new { schemeId = scheme, effectiveFrom, validity = "P3Y", requirement } };

    private async Task<(string Scheme, string Assessor)> SchemeAsync(string code)
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        var body = await api.PostAsync(
            "mutation($input: AddAccreditingBodyInput!) { addAccreditingBody(input: $input) { accreditingBody { id } } }",
            new { input = new { code = $"{code}-body", name = code } },
            admin);
        var bodyId = body.Data("addAccreditingBody", "accreditingBody", "id").GetString()!;
        var scheme = await api.PostAsync(
            "mutation($input: DefineSchemeInput!) { defineScheme(input: $input) { scheme { id } } }",
            new { input = new { bodyId, code, name = code } },
            admin);
        return (scheme.Data("defineScheme", "scheme", "id").GetString()!, await api.KeyAsync(CallerRole.Assessor, GlobalId.Parse(bodyId, "AccreditingBody")));
    }
}
