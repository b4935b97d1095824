using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new KnownFragmentNamesRule(c);

    [Fact]
    public void Validate_KnownFragments_IsValid() => ExpectValid(
        Rule,
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
            ... {
              name
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
    public void Validate_UnknownFragments_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human {
              ...UnknownFragment2
            }
          }
        }
        fragment HumanFields on Human {
          name
          ...UnknownFragment3
        }
        """,
        Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
        Error("Unknown fragment \"UnknownFragment2\".", (5, 10)),
        Error("Unknown fragment \"UnknownFragment3\".", (11, 6)));
}
