using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class DeferStreamDirectiveOnValidOperationsRuleTests
{
    private static readonly ValidationRule Rule = c => new DeferStreamDirectiveOnValidOperationsRule(c);

    [Fact]
    public void Validate_DeferInQuery_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            ... @defer { name }
          }
        }
        """);

    [Fact]
    public void Validate_DeferInSubscription_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          dogEvents {
            ... @defer { name }
          }
        }
        """,
        Error("Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.", (3, 9)));

    [Fact]
    public void Validate_DeferDisabledInSubscription_IsValid() => ExpectValid(
        Rule,
        """
        subscription {
          dogEvents {
            ... @defer(if: false) { name }
          }
        }
        """);

    [Fact]
    public void Validate_DeferWithVariableInSubscription_IsValid() => ExpectValid(
        Rule,
        """
        subscription ($d: Boolean!) {
          dogEvents {
            ... @defer(if: $d) { name }
          }
        }
        """);

    [Fact]
    public void Validate_DeferInFragmentInSubscription_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          dogEvents {
            ...Frag
          }
        }
        fragment Frag on Dog {
          ... @defer { name }
        }
        """,
        Error("Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.", (7, 7), (3, 5)));

    [Fact]
    public void Validate_StreamInSubscription_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          newHumans {
            relatives @stream { name }
          }
        }
        """,
        Error("Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.", (3, 15)));

    [Fact]
    public void Validate_SkippedSelectionIgnored_IsValid() => ExpectValid(
        Rule,
        """
        subscription {
          dogEvents @skip(if: true) {
            ... @defer { name }
          }
        }
        """);
}
