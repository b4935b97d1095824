using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueArgumentNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueArgumentNamesRule(c);

    [Fact]
    public void ValidateSdl_DuplicateDirectiveArgs_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f: String @deprecated(reason: "a", reason: "b")
        }
        """,
        false,
        Error("There can be only one argument named \"reason\".", (2, 25), (2, 38)));
}
