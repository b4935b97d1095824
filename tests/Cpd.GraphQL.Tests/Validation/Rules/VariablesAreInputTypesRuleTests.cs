using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRule Rule = c => new VariablesAreInputTypesRule(c);

    [Fact]
    public void Validate_UnknownTypesIgnored_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($a: Unknown, $b: [[Unknown!]]!) {
          field(a: $a, b: $b)
        }
        """);

    [Fact]
    public void Validate_InputTypes_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Validate_OutputTypes_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
          field(a: $a, b: $b, c: $c)
        }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
