using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueDirectiveNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueDirectiveNamesRule(c);

    [Fact]
    public void ValidateSdl_NoDirective_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo
        """,
        false);

    [Fact]
    public void ValidateSdl_OneDirective_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        directive @foo on SCHEMA
        """,
        false);

    [Fact]
    public void ValidateSdl_DistinctDirectives_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        directive @foo on SCHEMA
        directive @bar on SCHEMA
        """,
        false);

    [Fact]
    public void ValidateSdl_DirectiveAndTypeSameName_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        directive @foo on SCHEMA
        type foo
        """,
        false);

    [Fact]
    public void ValidateSdl_DuplicateDirectives_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        directive @foo on SCHEMA

        directive @foo on SCHEMA
        """,
        false,
        Error("There can be only one directive named \"@foo\".", (1, 12), (3, 12)));

    [Fact]
    public void ValidateSdl_ExistingDirective_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        directive @existing on SCHEMA
        directive @skip on SCHEMA
        """,
        true,
        Error("Directive \"@existing\" already exists in the schema. It cannot be redefined.", (1, 12)),
        Error("Directive \"@skip\" already exists in the schema. It cannot be redefined.", (2, 12)));
}
