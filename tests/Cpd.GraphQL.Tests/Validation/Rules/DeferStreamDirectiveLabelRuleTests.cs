using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class DeferStreamDirectiveLabelRuleTests
{
    private static readonly ValidationRule Rule = c => new DeferStreamDirectiveLabelRule(c);

    [Fact]
    public void Validate_UniqueLabels_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            ... @defer(label: "A") { name }
            ... @defer(label: "B") { nickname }
          }
        }
        """);

    [Fact]
    public void Validate_DuplicateLabels_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog {
            ... @defer(label: "A") { name }
            ... @defer(label: "A") { nickname }
          }
        }
        """,
        Error("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", (3, 9), (4, 9)));

    [Fact]
    public void Validate_VariableLabel_ReportsError() => ExpectErrors(
        Rule,
        """
        query ($l: String) {
          dog {
            ... @defer(label: $l) { name }
          }
        }
        """,
        Error("Argument \"@defer(label:)\" must be a static string.", (3, 9)));

    [Fact]
    public void Validate_StreamAndDeferSameLabel_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dogs @stream(label: "A") { name }
          dog { ... @defer(label: "A") { name } }
        }
        """,
        Error("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", (2, 8), (3, 13)));
}
