using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new UniqueVariableNamesRule(c);

    [Fact]
    public void Validate_UniqueNames_IsValid() => ExpectValid(
        Rule,
        """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Validate_DuplicateNames_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($x: String, $x: Int) { __typename }
        query C($x: Int, $x: Int) { __typename }
        """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
        Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
}
