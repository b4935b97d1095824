using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class DeferStreamDirectiveOnRootFieldRuleTests
{
    private static readonly ValidationRule Rule = c => new DeferStreamDirectiveOnRootFieldRule(c);

    [Fact]
    public void Validate_DeferOnQueryRoot_IsValid() => ExpectValid(
        Rule,
        """
        {
          ... @defer { dog { name } }
        }
        """);

    [Fact]
    public void Validate_DeferOnMutationRoot_ReportsError() => ExpectErrors(
        Rule,
        """
        mutation {
          ... @defer { createDog(name: "x") { name } }
        }
        """,
        Error("Defer directive cannot be used on root mutation type \"MutationRoot\".", (2, 7)));

    [Fact]
    public void Validate_DeferOnMutationRootFragment_ReportsError() => ExpectErrors(
        Rule,
        """
        mutation {
          ...Frag @defer
        }
        fragment Frag on MutationRoot {
          createDog(name: "x") { name }
        }
        """,
        Error("Defer directive cannot be used on root mutation type \"MutationRoot\".", (2, 11)));

    [Fact]
    public void Validate_DeferNestedInMutation_IsValid() => ExpectValid(
        Rule,
        """
        mutation {
          createDog(name: "x") {
            ... @defer { name }
          }
        }
        """);

    [Fact]
    public void Validate_StreamOnSubscriptionRoot_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          newHumans @stream { name }
        }
        """,
        Error("Stream directive cannot be used on root subscription type \"SubscriptionRoot\".", (2, 13)));
}
