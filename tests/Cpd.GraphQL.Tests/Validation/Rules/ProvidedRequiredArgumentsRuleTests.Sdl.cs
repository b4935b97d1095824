using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class ProvidedRequiredArgumentsRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new ProvidedRequiredArgumentsRule(c);

    [Fact]
    public void ValidateSdl_RequiredArgsProvided_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f: String @test(arg: "")
        }
        directive @test(arg: String!) on FIELD_DEFINITION
        """,
        false);

    [Fact]
    public void ValidateSdl_MissingRequiredArgs_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f: String @test
        }
        directive @test(arg1: String!, arg2: [Int!]!, arg3: Int! = 1) on FIELD_DEFINITION
        """,
        false,
        Error("Argument \"@test(arg1:)\" of type \"String!\" is required, but it was not provided.", (2, 13)),
        Error("Argument \"@test(arg2:)\" of type \"[Int!]!\" is required, but it was not provided.", (2, 13)));

    [Fact]
    public void ValidateSdl_MissingSpecifiedDirectiveArg_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        scalar Url @specifiedBy
        """,
        false,
        Error("Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.", (1, 12)));

    [Fact]
    public void ValidateSdl_MissingArgOfExistingDirective_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        directive @req(x: Int!) on OBJECT
        type T @req
        """,
        true,
        Error("Argument \"@req(x:)\" of type \"Int!\" is required, but it was not provided.", (2, 8)));
}
