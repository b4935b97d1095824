using Cpd.GraphQL.Validation;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation;

public partial class ValidatorTests
{
    [Fact]
    public void Validate_HarnessSchema_Builds()
    {
        Schema.GetType("Dog").ShouldNotBeNull();
    }

    [Fact]
    public void Validate_ValidQuery_NoErrors()
    {
        ExpectValid("""
            query ($atOtherHomes: Boolean) {
              dog { name isHouseTrained(atOtherHomes: $atOtherHomes) ...on Dog { barks } }
              catOrDog { ... on Cat { meows } ... DogFields }
            }
            fragment DogFields on Dog { nickname }
            """);
    }

    [Fact]
    public void Validate_InvalidQuery_ReportsEveryRuleInOrder()
    {
        var errors = Describe(Validate("{ dog { unknown } cat }"));
        errors.ShouldBe([
            "Cannot query field \"unknown\" on type \"Dog\". @ 1:9",
            "Field \"cat\" of type \"Cat\" must have a selection of subfields. Did you mean \"cat { ... }\"? @ 1:19",
        ]);
    }
}
