using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = c => new ValuesOfCorrectTypeRule(c);

    [Fact]
    public void Validate_GoodIntValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 2)
          }
        }
        """);

    [Fact]
    public void Validate_GoodNegativeIntValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: -2)
          }
        }
        """);

    [Fact]
    public void Validate_GoodBooleanValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: true)
          }
        }
        """);

    [Fact]
    public void Validate_GoodStringValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: "foo")
          }
        }
        """);

    [Fact]
    public void Validate_GoodFloatValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: 1.1)
          }
        }
        """);

    [Fact]
    public void Validate_IntIntoFloat_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: 1)
          }
        }
        """);

    [Fact]
    public void Validate_IntIntoId_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: 1)
          }
        }
        """);

    [Fact]
    public void Validate_StringIntoId_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: "someIdString")
          }
        }
        """);

    [Fact]
    public void Validate_GoodEnumValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
        }
        """);

    [Fact]
    public void Validate_NullIntoNullable_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: null)
          }
        }
        """);

    [Fact]
    public void Validate_IntIntoString_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: 1)
          }
        }
        """,
        Error("String cannot represent a non string value: 1", (3, 31)));

    [Fact]
    public void Validate_FloatIntoString_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: 1.0)
          }
        }
        """,
        Error("String cannot represent a non string value: 1.0", (3, 31)));

    [Fact]
    public void Validate_BooleanIntoString_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: true)
          }
        }
        """,
        Error("String cannot represent a non string value: true", (3, 31)));

    [Fact]
    public void Validate_UnquotedStringIntoString_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: BAR)
          }
        }
        """,
        Error("String cannot represent a non string value: BAR", (3, 31)));

    [Fact]
    public void Validate_StringIntoInt_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: "3")
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"3\"", (3, 25)));

    [Fact]
    public void Validate_BigIntIntoInt_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 829384293849283498239482938)
          }
        }
        """,
        Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25)));

    [Fact]
    public void Validate_FloatIntoInt_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 3.333)
          }
        }
        """,
        Error("Int cannot represent non-integer value: 3.333", (3, 25)));

    [Fact]
    public void Validate_StringIntoFloat_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: "3.333")
          }
        }
        """,
        Error("Float cannot represent non numeric value: \"3.333\"", (3, 29)));

    [Fact]
    public void Validate_IntIntoBoolean_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: 2)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: 2", (3, 33)));

    [Fact]
    public void Validate_FloatIntoId_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: 1.0)
          }
        }
        """,
        Error("ID cannot represent a non-string and non-integer value: 1.0", (3, 23)));

    [Fact]
    public void Validate_IntIntoEnum_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: 2)
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 33)));

    [Fact]
    public void Validate_StringIntoEnum_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: "SIT")
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 33)));

    [Fact]
    public void Validate_WrongCaseEnum_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: sit)
          }
        }
        """,
        Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (3, 33)));

    [Fact]
    public void Validate_UnknownEnumValue_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: JUGGLE)
          }
        }
        """,
        Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (3, 33)));

    [Fact]
    public void Validate_UnknownEnumValueNoSuggestions_ReportsError() => ExpectErrorsWithoutSuggestions(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: sit)
          }
        }
        """,
        Error("Value \"sit\" does not exist in \"DogCommand\" enum.", (3, 33)));

    [Fact]
    public void Validate_GoodListValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", null, "two"])
          }
        }
        """);

    [Fact]
    public void Validate_EmptyListValue_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: [])
          }
        }
        """);

    [Fact]
    public void Validate_SingleValueIntoList_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: "one")
          }
        }
        """);

    [Fact]
    public void Validate_IncorrectListItemType_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", 2])
          }
        }
        """,
        Error("String cannot represent a non string value: 2", (3, 47)));

    [Fact]
    public void Validate_IncorrectSingleValueIntoList_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: 1)
          }
        }
        """,
        Error("String cannot represent a non string value: 1", (3, 39)));

    [Fact]
    public void Validate_NullIntoNonNullListItem_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: ["one", null])
          }
        }
        """,
        Error("Expected value of non-null type \"String!\" not to be null.", (3, 61)));

    [Fact]
    public void Validate_NullIntoNonNullArg_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null)
          }
        }
        """,
        Error("Expected value of non-null type \"Int!\" not to be null.", (3, 39)));

    [Fact]
    public void Validate_IncorrectValuesForNonNull_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req2: "two", req1: "one")
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"two\"", (3, 24)),
        Error("Int cannot represent non-integer value: \"one\"", (3, 37)));

    [Fact]
    public void Validate_GoodComplexInput_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              intField: 4,
              stringField: "foo",
              booleanField: false,
              stringListField: ["one", "two"]
            })
          }
        }
        """);

    [Fact]
    public void Validate_PartialComplexInputMissingRequired_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
        """,
        Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }.", (3, 33)));

    [Fact]
    public void Validate_ComplexInputWrongFieldType_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: ["one", 2],
              requiredField: true,
            })
          }
        }
        """,
        Error("String cannot represent a non string value: 2", (4, 32)));

    [Fact]
    public void Validate_ComplexInputUnknownField_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: "value"
            })
          }
        }
        """,
        Error("Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\". Did you mean \"intField\"? Found: { requiredField: true, invalidField: \"value\" }.", (5, 7)));

    [Fact]
    public void Validate_ComplexInputMisspelledField_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              strinField: "value"
            })
          }
        }
        """,
        Error("Expected value of type \"ComplexInput\" not to include unknown field \"strinField\". Did you mean \"stringField\", \"intField\", or \"stringListField\"? Found: { requiredField: true, strinField: \"value\" }.", (5, 7)));

    [Fact]
    public void Validate_OneOfExactlyOne_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc" })
          }
        }
        """);

    [Fact]
    public void Validate_OneOfWithVariable_IsValid() => ExpectValid(
        Rule,
        """
        query ($string: String!) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);

    [Fact]
    public void Validate_OneOfTwoFields_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
          }
        }
        """,
        Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (3, 29)));

    [Fact]
    public void Validate_OneOfNullField_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null })
          }
        }
        """,
        Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (3, 29)));

    [Fact]
    public void Validate_OneOfNoFields_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: {})
          }
        }
        """,
        Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (3, 29)));

    [Fact]
    public void Validate_DirectiveArgumentsGood_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
        """);

    [Fact]
    public void Validate_DirectiveArgumentsBad_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          dog @include(if: "yes") {
            name @skip(if: ENUM)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
        Error("Boolean cannot represent a non boolean value: ENUM", (3, 20)));

    [Fact]
    public void Validate_VariableDefaults_IsValid() => ExpectValid(
        Rule,
        """
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = "ok",
          $c: ComplexInput = { requiredField: true, intField: 3 }
          $d: Int! = 123
        ) {
          dog { name }
        }
        """);

    [Fact]
    public void Validate_BadVariableDefaults_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query InvalidDefaultValues(
          $a: Int = "one",
          $b: String = 4,
          $c: ComplexInput = "NotVeryComplex"
        ) {
          dog { name }
        }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (2, 13)),
        Error("String cannot represent a non string value: 4", (3, 16)),
        Error("Expected value of type \"ComplexInput\" to be an object, found: \"NotVeryComplex\".", (4, 22)));

    [Fact]
    public void Validate_BadNestedVariableDefault_ReportsError() => ExpectErrors(
        Rule,
        """
        query MissingRequiredField($a: ComplexInput = {intField: 3}) {
          dog { name }
        }
        """,
        Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 3 }.", (1, 47)));

    [Fact]
    public void Validate_CustomScalarAcceptsAnything_IsValid() => ExpectValid(
        Rule,
        """
        {
          anyArg(value: { any: [1, "two", THREE] })
        }
        """);
}
