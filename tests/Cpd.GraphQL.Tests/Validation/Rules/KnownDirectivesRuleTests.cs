using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownDirectivesRuleTests
{
    private static readonly ValidationRule Rule = c => new KnownDirectivesRule(c);

    [Fact]
    public void Validate_NoDirectives_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          name
          ...Frag
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void Validate_StandardDirectives_IsValid() => ExpectValid(
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
    public void Validate_UnknownDirective_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog @unknown(directive: "value") {
            name
          }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 7)));

    [Fact]
    public void Validate_ManyUnknownDirectives_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          dog @unknown(directive: "value") {
            name
          }
          human @unknown(directive: "value") {
            name
            pets @unknown(directive: "value") {
              name
            }
          }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 7)),
        Error("Unknown directive \"@unknown\".", (5, 9)),
        Error("Unknown directive \"@unknown\".", (7, 10)));

    [Fact]
    public void Validate_WellPlaced_IsValid() => ExpectValid(
        Rule,
        """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          name @include(if: $var)
          ...Frag @include(if: true)
          skippedField @skip(if: true)
          ...SkippedFrag @skip(if: true)

          ... @skip(if: true) {
            skippedField
          }
        }

        mutation @onMutation {
          someField
        }

        subscription @onSubscription {
          someField
        }

        fragment Frag on SomeType @onFragmentDefinition {
          someField
        }
        """);

    [Fact]
    public void Validate_Misplaced_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query ($var: Boolean @onQuery) @onMutation {
          name @onQuery @include(if: $var)
          ...Frag @onQuery
          ... @onFragmentSpread {
            name
          }
        }

        mutation @onQuery {
          someField
        }

        subscription @onQuery {
          someField
        }

        fragment Frag on SomeType @onQuery {
          someField
        }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
        Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
        Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (4, 7)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (9, 10)),
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (13, 14)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (17, 27)));
}
