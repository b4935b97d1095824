using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRule Rule = c => new LoneAnonymousOperationRule(c);

    [Fact]
    public void Validate_NoOperations_IsValid() => ExpectValid(
        Rule,
        """
        fragment fragA on Dog {
          name
        }
        """);

    [Fact]
    public void Validate_OneAnonymousOperation_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog { name }
        }
        """);

    [Fact]
    public void Validate_MultipleNamedOperations_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          dog { name }
        }

        query Bar {
          dog { name }
        }
        """);

    [Fact]
    public void Validate_AnonymousWithFragment_IsValid() => ExpectValid(
        Rule,
        """
        {
          ...Foo
        }

        fragment Foo on QueryRoot {
          dog { name }
        }
        """);

    [Fact]
    public void Validate_MultipleAnonymous_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          dog { name }
        }
        {
          cat { name }
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (4, 1)));

    [Fact]
    public void Validate_AnonymousWithMutation_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog { name }
        }
        mutation Foo {
          createDog(name: "x") { name }
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Validate_AnonymousWithSubscription_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog { name }
        }
        subscription Foo {
          dogEvents { name }
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
