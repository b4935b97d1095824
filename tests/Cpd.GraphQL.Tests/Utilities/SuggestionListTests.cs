using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Tests.Utilities;

public sealed class SuggestionListTests
{
    [Fact]
    public void Suggest_EmptyOptions_ReturnsEmpty() => SuggestionList.Suggest("input", []).ShouldBeEmpty();

    [Fact]
    public void Suggest_CaseChange_CountsAsOneEdit() =>
        SuggestionList.Suggest("greenish", ["GREENISH", "greenish"]).ShouldBe(["greenish", "GREENISH"]);

    [Fact]
    public void Suggest_DistantOptions_AreExcluded() =>
        SuggestionList.Suggest("abc", ["xyz", "abd", "ab"]).ShouldBe(["ab", "abd"]);

    [Fact]
    public void Suggest_TransposedCharacters_CountAsOneEdit() =>
        SuggestionList.Suggest("ab", ["ba"]).ShouldBe(["ba"]);

    [Fact]
    public void Suggest_TiesSortNaturally() =>
        SuggestionList.Suggest("abc", ["a2", "a10", "a1"]).ShouldBe(["a1", "a2", "a10"]);

    [Fact]
    public void DidYouMean_ManySuggestions_ShowsFiveWithOr()
    {
        SuggestionList.DidYouMean(["A", "B", "C", "D", "E", "F"]).ShouldBe(" Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?");
        SuggestionList.DidYouMean(["A", "B"], "the enum value").ShouldBe(" Did you mean the enum value \"A\" or \"B\"?");
        SuggestionList.DidYouMean([]).ShouldBeEmpty();
    }

    [Fact]
    public void NaturalCompare_NumbersCompareByValue() =>
        SuggestionList.NaturalCompare("item10", "item9").ShouldBePositive();
}
