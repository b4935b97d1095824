using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRule Rule = c => new ProvidedRequiredArgumentsRule(c);

    [Fact]
    public void Validate_IgnoresUnknownArguments_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            isHouseTrained(unknownArgument: true)
          }
        }
        """);

    [Fact]
    public void Validate_ArgOnOptionalArg_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            isHouseTrained(atOtherHomes: true)
          }
        }
        """);

    [Fact]
    public void Validate_NoArgOnOptionalArg_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            isHouseTrained
          }
        }
        """);

    [Fact]
    public void Validate_NoArgOnNonNullWithDefault_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            nonNullFieldWithDefault
          }
        }
        """);

    [Fact]
    public void Validate_MultipleArgs_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
          }
        }
        """);

    [Fact]
    public void Validate_MultipleArgsReverseOrder_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
          }
        }
        """);

    [Fact]
    public void Validate_NoArgsOnMultipleOptional_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleOpts
          }
        }
        """);

    [Fact]
    public void Validate_AllRequiredAndOptional_IsValid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
          }
        }
        """);

    [Fact]
    public void Validate_MissingOneNonNull_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2)
          }
        }
        """,
        Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Validate_MissingMultipleNonNull_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs
          }
        }
        """,
        Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Validate_IncorrectValueAndMissing_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req1: "one")
          }
        }
        """,
        Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Validate_DirectiveArgs_IsValid() => ExpectValid(
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
    public void Validate_MissingDirectiveArgs_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          dog @include {
            name @skip
          }
        }
        """,
        Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
        Error("Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));

    [Fact]
    public void Validate_MetaFieldArgument_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          __type { name }
        }
        """,
        Error("Argument \"<meta>.__type(name:)\" of type \"String!\" is required, but it was not provided.", (2, 3)));

    [Fact]
    public void Validate_CustomDirectiveArgs_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog @withArgs { name }
        }
        """,
        Error("Argument \"@withArgs(required:)\" of type \"Int!\" is required, but it was not provided.", (2, 7)));
}
