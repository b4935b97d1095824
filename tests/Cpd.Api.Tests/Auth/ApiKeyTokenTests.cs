using Cpd.Api.Auth;

namespace Cpd.Api.Tests.Auth;

public sealed class ApiKeyTokenTests
{
    [Fact]
    public void Generate_NewKey_HasTheDocumentedShape()
    {
        var key = ApiKeyToken.Generate();

        key.Text.ShouldMatch("^cpd_[a-z2-7]{8}_[a-z2-7]{52}$");
        key.Text.ShouldStartWith("cpd_" + key.Prefix + "_");
    }

    [Fact]
    public void Generate_TwoKeys_DifferInPrefixAndSecret()
    {
        var keys = Enumerable.Range(0, 50).Select(_ => ApiKeyToken.Generate()).ToList();

        keys.Select(k => k.Prefix).Distinct().Count().ShouldBe(50);
        keys.Select(k => k.Text[13..]).Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public void TryParse_GeneratedKey_RoundTripsAndMatchesItsHash()
    {
        var key = ApiKeyToken.Generate();
        var stored = key.Hash();

        ApiKeyToken.TryParse(key.Text, out var parsed).ShouldBeTrue();

        parsed!.Prefix.ShouldBe(key.Prefix);
        parsed.Matches(stored).ShouldBeTrue();
        stored.Length.ShouldBe(ApiKeyToken.HashLength);
    }

    [Fact]
    public void Matches_OneCharacterOfTheSecretChanged_IsFalse()
    {
        var key = ApiKeyToken.Generate();
        var last = key.Text[^1] == 'a' ? 'b' : 'a';
        ApiKeyToken.TryParse(key.Text[..^1] + last, out var tampered).ShouldBeTrue();

        tampered!.Matches(key.Hash()).ShouldBeFalse();
    }

    [Fact]
    public void Matches_HashOfAnotherLength_IsFalse()
    {
        var key = ApiKeyToken.Generate();

        key.Matches(key.Hash()[..16]).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cpd_")]
    [InlineData("xyz_abcdefgh_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cpd_abcdefgh-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cpd_ABCDEFGH_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cpd_abcdefgh_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1")]
    [InlineData("cpd_abcdefgh_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void TryParse_MalformedText_IsFalse(string? text)
    {
        ApiKeyToken.TryParse(text, out var token).ShouldBeFalse();
        token.ShouldBeNull();
    }

    [Fact]
    public void ToString_Key_ShowsThePrefixButNotTheSecret()
    {
        var key = ApiKeyToken.Generate();

        key.ToString().ShouldBe($"cpd_{key.Prefix}_…");
        key.ToString().ShouldNotContain(key.Text[13..]);
    }
}
