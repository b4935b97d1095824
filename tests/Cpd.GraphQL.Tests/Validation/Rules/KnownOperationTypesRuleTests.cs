using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownOperationTypesRuleTests
{
    private static readonly ValidationRule Rule = c => new KnownOperationTypesRule(c);

    [Fact]
    public void Validate_SupportedOperations_IsValid() => ExpectValid(
        Rule,
        """
        query { dog { name } }
        mutation { createDog(name: "x") { name } }
        subscription { dogEvents { name } }
        """);
}
