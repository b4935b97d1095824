using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new UniqueOperationNamesRule(c);

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
    public void Validate_FragmentAndOperationSameName_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          ...Foo
        }

        fragment Foo on QueryRoot {
          dog { name }
        }
        """);

    [Fact]
    public void Validate_TwoQueriesSameName_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo {
          dog { name }
        }

        query Foo {
          cat { name }
        }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (5, 7)));

    [Fact]
    public void Validate_QueryAndMutationSameName_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo {
          dog { name }
        }

        mutation Foo {
          createDog(name: "x") { name }
        }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (5, 10)));

    [Fact]
    public void Validate_QueryAndSubscriptionSameName_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo {
          dog { name }
        }

        subscription Foo {
          dogEvents { name }
        }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (5, 14)));

    [Fact]
    public void Validate_ThreeSameName_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo { dog { name } }
        query Foo { dog { name } }
        query Foo { dog { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 7)));
}
