using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRule Rule = c => new NoUnusedVariablesRule(c);

    [Fact]
    public void Validate_AllUsed_IsValid() => ExpectValid(
        Rule,
        """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Validate_UsedByFragments_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c)
        }
        """);

    [Fact]
    public void Validate_NotUsed_ReportsError() => ExpectErrors(
        Rule,
        """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b)
        }
        """,
        Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Validate_MultipleNotUsed_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(b: $b)
        }
        """,
        Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Validate_NotUsedInFragments_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field {
            ...FragC
          }
        }
        fragment FragC on Type {
          field
        }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)),
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Validate_UsedByOtherOperationOnly_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($b: String) {
          ...FragA
        }
        query Bar($a: String) {
          ...FragB
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)));

    [Fact]
    public void Validate_UsedInDirective_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($cond: Boolean!) {
          dog @include(if: $cond) { name }
        }
        """);
}
