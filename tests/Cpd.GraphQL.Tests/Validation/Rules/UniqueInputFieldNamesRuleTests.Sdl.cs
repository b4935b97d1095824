using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueInputFieldNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueInputFieldNamesRule(c);

    [Fact]
    public void ValidateSdl_DuplicateInDefault_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f(arg: SomeInput = { a: 1, a: 2 }): String
        }
        input SomeInput {
          a: Int
        }
        """,
        false,
        Error("There can be only one input field named \"a\".", (2, 24), (2, 30)));
}
