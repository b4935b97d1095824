using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRule Rule = c => new UniqueDirectivesPerLocationRule(c);

    [Fact]
    public void Validate_NoDirectives_IsValid() => ExpectValid(
        Rule,
        """
        fragment Test on Type {
          field
        }
        """);

    [Fact]
    public void Validate_UniqueDirectivesDifferentLocations_IsValid() => ExpectValid(
        Rule,
        """
        fragment Test on Type @onFragmentDefinition {
          field @onField
        }
        """);

    [Fact]
    public void Validate_SameDirectiveDifferentLocations_IsValid() => ExpectValid(
        Rule,
        """
        fragment Test on Type @onField {
          field @onField
        }
        """);

    [Fact]
    public void Validate_SameDirectiveOnSimilarFields_IsValid() => ExpectValid(
        Rule,
        """
        fragment Test on Type {
          field @onField
          field @onField
        }
        """);

    [Fact]
    public void Validate_RepeatableUsedTwice_IsValid() => ExpectValid(
        Rule,
        """
        fragment Test on Type {
          field @repeatable @repeatable
        }
        """);

    [Fact]
    public void Validate_UnknownDirectiveTwiceIgnored_IsValid() => ExpectValid(
        Rule,
        """
        fragment Test on Type {
          field @unknown @unknown
        }
        """);

    [Fact]
    public void Validate_DuplicateDirective_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment Test on Type {
          field @onField @onField
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)));

    [Fact]
    public void Validate_ManyDuplicates_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment Test on Type {
          field @onField @onField @onField
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)),
        Error("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 27)));

    [Fact]
    public void Validate_DifferentDuplicates_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment Test on Type {
          field @onField @include(if: true) @onField @include(if: false)
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 37)),
        Error("The directive \"@include\" can only be used once at this location.", (2, 18), (2, 46)));

    [Fact]
    public void Validate_DuplicateOnFragmentDefinition_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment Test on Type @onFragmentDefinition @onFragmentDefinition {
          field
        }
        """,
        Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (1, 23), (1, 45)));
}
