using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRule Rule = c => new NoUnusedFragmentsRule(c);

    [Fact]
    public void Validate_AllUsed_IsValid() => ExpectValid(
        Rule,
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void Validate_AllUsedByMultipleOperations_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void Validate_Unused_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        fragment Unused1 on Human {
          name
        }
        fragment Unused2 on Human {
          name
        }
        """,
        Error("Fragment \"HumanFields2\" is never used.", (10, 1)),
        Error("Fragment \"Unused1\" is never used.", (16, 1)),
        Error("Fragment \"Unused2\" is never used.", (19, 1)));

    [Fact]
    public void Validate_UnusedCycle_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        fragment HumanFields1 on Human {
          name
        }
        fragment Unused1 on Human {
          name
          ...Unused2
        }
        fragment Unused2 on Human {
          name
          ...Unused1
        }
        """,
        Error("Fragment \"Unused1\" is never used.", (9, 1)),
        Error("Fragment \"Unused2\" is never used.", (13, 1)));

    [Fact]
    public void Validate_UnknownSpreadIgnored_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...bar
          }
        }
        fragment foo on Human {
          name
        }
        """,
        Error("Fragment \"foo\" is never used.", (6, 1)));

    [Fact]
    public void Validate_NoOperationsAllUnused_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment foo on Human {
          name
        }
        """,
        Error("Fragment \"foo\" is never used.", (1, 1)));
}
