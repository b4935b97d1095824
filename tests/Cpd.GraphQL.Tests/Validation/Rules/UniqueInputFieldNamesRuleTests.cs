using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new UniqueInputFieldNamesRule(c);

    [Fact]
    public void Validate_InputObjectWithFields_IsValid() => ExpectValid(
        Rule,
        """
        {
          field(arg: { f: true })
        }
        """);

    [Fact]
    public void Validate_SameFieldInTwoObjects_IsValid() => ExpectValid(
        Rule,
        """
        {
          field(arg1: { f: true }, arg2: { f: true })
        }
        """);

    [Fact]
    public void Validate_MultipleFields_IsValid() => ExpectValid(
        Rule,
        """
        {
          field(arg: {
            f1: "value"
            f2: "value"
            f3: "value"
          })
        }
        """);

    [Fact]
    public void Validate_NestedFields_IsValid() => ExpectValid(
        Rule,
        """
        {
          field(arg: {
            deep: {
              deep: {
                id: 1
              }
              id: 1
            }
            id: 1
          })
        }
        """);

    [Fact]
    public void Validate_DuplicateFields_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field(arg: { f1: "value", f1: "value" })
        }
        """,
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)));

    [Fact]
    public void Validate_ManyDuplicateFields_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          field(arg: { f1: "value", f1: "value", f1: "value" })
        }
        """,
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 42)));

    [Fact]
    public void Validate_NestedDuplicateFields_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field(arg: { f1: {f2: "value", f2: "value" }})
        }
        """,
        Error("There can be only one input field named \"f2\".", (2, 21), (2, 34)));
}
