using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new KnownArgumentNamesRule(c);

    [Fact]
    public void Validate_SingleArg_IsValid() => ExpectValid(
        Rule,
        """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Validate_MultipleArgs_IsValid() => ExpectValid(
        Rule,
        """
        fragment multipleArgs on ComplicatedArgs {
          multipleReqs(req1: 1, req2: 2)
        }
        """);

    [Fact]
    public void Validate_IgnoresUnknownField_IsValid() => ExpectValid(
        Rule,
        """
        fragment argOnUnknownField on Dog {
          unknownField(unknownArg: SIT)
        }
        """);

    [Fact]
    public void Validate_MultipleArgsReverseOrder_IsValid() => ExpectValid(
        Rule,
        """
        fragment multipleArgsReverseOrder on ComplicatedArgs {
          multipleReqs(req2: 2, req1: 1)
        }
        """);

    [Fact]
    public void Validate_NoArgsOnOptional_IsValid() => ExpectValid(
        Rule,
        """
        fragment noArgOnOptionalArg on Dog {
          isHouseTrained
        }
        """);

    [Fact]
    public void Validate_DeeplyNested_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
          human {
            pet {
              name
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
          }
        }
        """);

    [Fact]
    public void Validate_DirectiveArgs_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog @skip(if: true)
        }
        """);

    [Fact]
    public void Validate_UnknownDirectiveArg_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog @skip(unless: true)
        }
        """,
        Error("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)));

    [Fact]
    public void Validate_MisspelledDirectiveArg_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog @skip(iff: true)
        }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)));

    [Fact]
    public void Validate_MisspelledDirectiveArgNoSuggestions_ReportsError() => ExpectErrorsWithoutSuggestions(
        Rule,
        """
        {
          dog @skip(iff: true)
        }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\".", (2, 13)));

    [Fact]
    public void Validate_InvalidArgName_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(unknown: true)
        }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)));

    [Fact]
    public void Validate_MisspelledArgName_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(DogCommand: true)
        }
        """,
        Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void Validate_UnknownArgsAmongstKnown_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment oneGoodArgOneInvalidArg on Dog {
          doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
        }
        """,
        Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)));

    [Fact]
    public void Validate_UnknownArgsDeeply_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            pet {
              name
              ... on Dog {
                doesKnowCommand(unknown: true)
              }
            }
          }
        }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (9, 25)));

    [Fact]
    public void Validate_UnknownArgOnMetaField_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          __type(name: "Dog", other: 1) { name }
        }
        """,
        Error("Unknown argument \"other\" on field \"<meta>.__type\".", (2, 23)));
}
