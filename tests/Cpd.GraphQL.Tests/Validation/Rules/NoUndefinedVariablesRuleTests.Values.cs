using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

/// <summary>Variables the operation only reaches deep inside values, directives or fragments (the document-wide pre-check must find them).</summary>
public partial class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Validate_UndefinedVariableDeepInFragmentValue_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo {
          ...FragA
        }
        fragment FragA on Type {
          field(a: [{ b: [1, $deep] }])
        }
        """,
        Error("Variable \"$deep\" is not defined by operation \"Foo\".", (5, 22), (1, 1)));

    [Fact]
    public void Validate_UndefinedVariableOnlyInSpreadDirective_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo {
          ...FragA @include(if: $cond)
        }
        fragment FragA on Type {
          field
        }
        """,
        Error("Variable \"$cond\" is not defined by operation \"Foo\".", (2, 25), (1, 1)));

    [Fact]
    public void Validate_NoVariableAnywhere_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          ...FragA
          field(a: [{ b: [1, "two"] }]) @include(if: true)
        }
        fragment FragA on Type {
          field(a: { b: null }) { ... on Type { field(c: ENUM) } }
        }
        """);
}
