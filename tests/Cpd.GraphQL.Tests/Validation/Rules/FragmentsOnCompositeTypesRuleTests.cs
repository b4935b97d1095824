using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRule Rule = c => new FragmentsOnCompositeTypesRule(c);

    [Fact]
    public void Validate_ObjectIsValid_IsValid() => ExpectValid(
        Rule,
        """
        fragment validFragment on Dog {
          barks
        }
        """);

    [Fact]
    public void Validate_InterfaceIsValid_IsValid() => ExpectValid(
        Rule,
        """
        fragment validFragment on Pet {
          name
        }
        """);

    [Fact]
    public void Validate_InlineObjectIsValid_IsValid() => ExpectValid(
        Rule,
        """
        fragment validFragment on Pet {
          ... on Dog {
            barks
          }
        }
        """);

    [Fact]
    public void Validate_InlineWithoutTypeIsValid_IsValid() => ExpectValid(
        Rule,
        """
        fragment validFragment on Pet {
          ... {
            name
          }
        }
        """);

    [Fact]
    public void Validate_UnionIsValid_IsValid() => ExpectValid(
        Rule,
        """
        fragment validFragment on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void Validate_OnScalar_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment scalarFragment on Boolean {
          bad
        }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void Validate_OnEnum_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment scalarFragment on FurColor {
          bad
        }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));

    [Fact]
    public void Validate_OnInputObject_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment inputFragment on ComplexInput {
          stringField
        }
        """,
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void Validate_InlineOnScalar_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidFragment on Pet {
          ... on String {
            barks
          }
        }
        """,
        Error("Fragment cannot condition on non composite type \"String\".", (2, 10)));

    [Fact]
    public void Validate_UnknownTypeIgnored_IsValid() => ExpectValid(
        Rule,
        """
        fragment f on Unknown { name }
        """);
}
