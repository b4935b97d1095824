using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownArgumentNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new KnownArgumentNamesRule(c);

    [Fact]
    public void ValidateSdl_KnownArgs_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f: String @deprecated(reason: "x")
        }
        directive @test(arg: String) on FIELD_DEFINITION
        type T {
          g: String @test(arg: "")
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_UnknownArgs_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f: String @deprecated(unknown: "x")
        }
        directive @test(arg: String) on FIELD_DEFINITION
        type T {
          g: String @test(ar: "")
        }
        """,
        false,
        Error("Unknown argument \"unknown\" on directive \"@deprecated\".", (2, 25)),
        Error("Unknown argument \"ar\" on directive \"@test\". Did you mean \"arg\"?", (6, 19)));

    [Fact]
    public void ValidateSdl_ExistingDirectiveArgs_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        type T @existing(arg: 1) {
          g: String @existing(other: 1)
        }
        """,
        true,
        Error("Unknown argument \"other\" on directive \"@existing\".", (2, 23)));
}
