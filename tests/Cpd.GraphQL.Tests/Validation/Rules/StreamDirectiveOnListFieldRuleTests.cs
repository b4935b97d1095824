using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class StreamDirectiveOnListFieldRuleTests
{
    private static readonly ValidationRule Rule = c => new StreamDirectiveOnListFieldRule(c);

    [Fact]
    public void Validate_StreamOnList_IsValid() => ExpectValid(
        Rule,
        """
        {
          dogs @stream { name }
        }
        """);

    [Fact]
    public void Validate_StreamOnNonNullList_IsValid() => ExpectValid(
        Rule,
        """
        {
          friends @stream { name }
        }
        """);

    [Fact]
    public void Validate_StreamOnObject_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog @stream { name }
        }
        """,
        Error("Directive \"@stream\" cannot be used on non-list field \"QueryRoot.dog\".", (2, 7)));

    [Fact]
    public void Validate_StreamOnScalar_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog { name @stream }
        }
        """,
        Error("Directive \"@stream\" cannot be used on non-list field \"Dog.name\".", (2, 14)));
}
