using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRule Rule = c => new VariablesInAllowedPositionRule(c);

    [Fact]
    public void Validate_BooleanIntoBoolean_IsValid() => ExpectValid(
        Rule,
        """
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void Validate_BooleanIntoBooleanWithinFragment_IsValid() => ExpectValid(
        Rule,
        """
        fragment booleanArgFrag on ComplicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            ...booleanArgFrag
          }
        }
        """);

    [Fact]
    public void Validate_NonNullBooleanIntoBoolean_IsValid() => ExpectValid(
        Rule,
        """
        query Query($nonNullBooleanArg: Boolean!)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $nonNullBooleanArg)
          }
        }
        """);

    [Fact]
    public void Validate_StringListIntoStringList_IsValid() => ExpectValid(
        Rule,
        """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void Validate_NonNullStringListIntoStringList_IsValid() => ExpectValid(
        Rule,
        """
        query Query($stringListVar: [String!])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void Validate_StringIntoStringListItem_IsValid() => ExpectValid(
        Rule,
        """
        query Query($stringVar: String)
        {
          complicatedArgs {
            stringListArgField(stringListArg: [$stringVar])
          }
        }
        """);

    [Fact]
    public void Validate_ComplexInputIntoComplexInput_IsValid() => ExpectValid(
        Rule,
        """
        query Query($complexVar: ComplexInput)
        {
          complicatedArgs {
            complexArgField(complexArg: $complexVar)
          }
        }
        """);

    [Fact]
    public void Validate_BooleanIntoNonNullDirective_IsValid() => ExpectValid(
        Rule,
        """
        query Query($boolVar: Boolean!)
        {
          dog @include(if: $boolVar)
        }
        """);

    [Fact]
    public void Validate_NullableWithDefaultIntoNonNull_IsValid() => ExpectValid(
        Rule,
        """
        query Query($intVar: Int = 1) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """);

    [Fact]
    public void Validate_NullableIntoNonNullWithDefault_IsValid() => ExpectValid(
        Rule,
        """
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(arg: $intVar)
          }
        }
        """);

    [Fact]
    public void Validate_IntIntoNonNullInt_ReportsError() => ExpectErrors(
        Rule,
        """
        query Query($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Validate_IntIntoNonNullIntWithinFragment_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment nonNullIntArgFieldFrag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }

        query Query($intArg: Int) {
          complicatedArgs {
            ...nonNullIntArgFieldFrag
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37)));

    [Fact]
    public void Validate_StringOverBoolean_ReportsError() => ExpectErrors(
        Rule,
        """
        query Query($stringVar: String) {
          complicatedArgs {
            booleanArgField(booleanArg: $stringVar)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)));

    [Fact]
    public void Validate_StringIntoStringList_ReportsError() => ExpectErrors(
        Rule,
        """
        query Query($stringVar: String) {
          complicatedArgs {
            stringListArgField(stringListArg: $stringVar)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39)));

    [Fact]
    public void Validate_BooleanIntoNonNullDirectiveArg_ReportsError() => ExpectErrors(
        Rule,
        """
        query Query($boolVar: Boolean) {
          dog @include(if: $boolVar)
        }
        """,
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void Validate_StringListIntoNonNullStringListItems_ReportsError() => ExpectErrors(
        Rule,
        """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: $stringListVar)
          }
        }
        """,
        Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53)));

    [Fact]
    public void Validate_NullDefaultIntoNonNull_ReportsError() => ExpectErrors(
        Rule,
        """
        query Query($intVar: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """,
        Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Validate_NullableIntoOneOfField_ReportsError() => ExpectErrors(
        Rule,
        """
        query Query($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """,
        Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (3, 44)));

    [Fact]
    public void Validate_NonNullIntoOneOfField_IsValid() => ExpectValid(
        Rule,
        """
        query Query($string: String!) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);
}
