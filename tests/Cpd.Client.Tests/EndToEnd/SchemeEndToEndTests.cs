using Cpd.Client.Errors;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>Reading schemes through the client against the real API.</summary>
public sealed class SchemeEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>
{
    [Fact]
    public async Task GetSchemeAsync_PublishedScheme_ReadsItsBodyAndVersions()
    {
        var schemeId = await world.PublishSchemeAsync("read-me");
        using var hr = world.Client(world.TrustHrKey);

        var scheme = await hr.GetSchemeAsync(schemeId);

        scheme.ShouldNotBeNull();
        scheme.Code.ShouldBe("read-me");
        scheme.Description.ShouldBe("Leading across a place's public services.");
        scheme.Body.Code.ShouldBe("ipl");
        var version = scheme.Versions.ShouldHaveSingleItem();
        version.Number.ShouldBe(1);
        version.EffectiveFrom.ShouldBe(new DateOnly(2026, 1, 1));
        version.Validity.ShouldBe("P3Y");
        version.RequirementJson.ShouldContain("cross-sector-time");
    }

    [Fact]
    public async Task GetSchemeAsync_NoSuchScheme_ReturnsNull()
    {
        using var admin = world.Client(world.AdminKey);

        (await admin.GetSchemeAsync(Api.Schema.Common.GlobalId.Format("Scheme", 424_242))).ShouldBeNull();
    }

    [Fact]
    public async Task GetSchemeAsync_MalformedId_ThrowsWithItsCode()
    {
        using var admin = world.Client(world.AdminKey);

        (await Should.ThrowAsync<CpdGraphQLException>(() => admin.GetSchemeAsync("nonsense"))).Code.ShouldBe("MALFORMED_ID");
    }
}
