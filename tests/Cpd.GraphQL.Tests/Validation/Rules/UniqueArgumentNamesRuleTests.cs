using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new UniqueArgumentNamesRule(c);

    [Fact]
    public void Validate_NoArguments_IsValid() => ExpectValid(
        Rule,
        """
        {
          field
        }
        """);

    [Fact]
    public void Validate_DirectiveWithoutArguments_IsValid() => ExpectValid(
        Rule,
        """
        {
          field @directive
        }
        """);

    [Fact]
    public void Validate_ArgumentOnField_IsValid() => ExpectValid(
        Rule,
        """
        {
          field(arg: "value")
        }
        """);

    [Fact]
    public void Validate_SameArgumentOnTwoFields_IsValid() => ExpectValid(
        Rule,
        """
        {
          one: field(arg: "value")
          two: field(arg: "value")
        }
        """);

    [Fact]
    public void Validate_SameArgumentOnFieldAndDirective_IsValid() => ExpectValid(
        Rule,
        """
        {
          field(arg: "value") @directive(arg: "value")
        }
        """);

    [Fact]
    public void Validate_MultipleArguments_IsValid() => ExpectValid(
        Rule,
        """
        {
          field(arg1: "value", arg2: "value", arg3: "value")
        }
        """);

    [Fact]
    public void Validate_DuplicateFieldArguments_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field(arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24)));

    [Fact]
    public void Validate_ManyDuplicateFieldArguments_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field(arg1: "value", arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)));

    [Fact]
    public void Validate_DuplicateDirectiveArguments_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field @directive(arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35)));

    [Fact]
    public void Validate_ManyDuplicateDirectiveArguments_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field @directive(arg1: "value", arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50)));
}
