using Cpd.GraphQL.Types;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownOperationTypesRuleTests
{
    private static readonly GraphQLSchema QueryOnlySchema = SchemaBuilder.New().AddDocumentFromString("type Query { hello: String }").Build();

    [Fact]
    public void Validate_MutationAndSubscriptionWithoutRoots_ReportsErrors() => ExpectErrorsWithSchema(
        QueryOnlySchema,
        Rule,
        """
        query { hello }
        mutation { hello }
        subscription { hello }
        """,
        Error("The mutation operation is not supported by the schema.", (2, 1)),
        Error("The subscription operation is not supported by the schema.", (3, 1)));

    [Fact]
    public void Validate_OnlyMissingRootUsed_ReportsErrorEachTime() => ExpectErrorsWithSchema(
        QueryOnlySchema,
        Rule,
        """
        mutation A { hello }
        mutation B { hello }
        """,
        Error("The mutation operation is not supported by the schema.", (1, 1)),
        Error("The mutation operation is not supported by the schema.", (2, 1)));
}
