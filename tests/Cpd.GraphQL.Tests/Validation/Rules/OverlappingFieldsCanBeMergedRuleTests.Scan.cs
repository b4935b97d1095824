using System.Text;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

/// <summary>Conflicts that the allocation-free pre-scan of a selection set must not miss.</summary>
public partial class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Validate_ConflictInsideNestedInlineFragments_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment nested on Dog {
          name
          ... { ... on Dog { name: nickname } }
        }
        """,
        Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 22)));

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(40)]
    public void Validate_ConflictAfterManyDistinctFields_ReportsError(int distinctFields)
    {
        var text = new StringBuilder("fragment wide on Dog {\n");
        for (var i = 0; i < distinctFields; i++)
        {
            text.Append("  a").Append(i).Append(": name\n");
        }

        text.Append("  a0: nickname\n}\n");

        ExpectErrors(
            Rule,
            text.ToString(),
            Error("Fields \"a0\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (distinctFields + 2, 3)));
    }

    [Fact]
    public void Validate_ManyDistinctFieldsAndIdenticalRepeat_IsValid()
    {
        var text = new StringBuilder("fragment wide on Dog {\n");
        for (var i = 0; i < 40; i++)
        {
            text.Append("  a").Append(i).Append(": name\n");
        }

        ExpectValid(Rule, text.Append("  a39: name\n}\n").ToString());
    }
}
