using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueTypeNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueTypeNamesRule(c);

    [Fact]
    public void ValidateSdl_NoTypes_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        directive @test on SCHEMA
        """,
        false);

    [Fact]
    public void ValidateSdl_OneType_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo
        """,
        false);

    [Fact]
    public void ValidateSdl_DistinctNames_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo
        type Bar
        type Baz
        """,
        false);

    [Fact]
    public void ValidateSdl_TypeAndNonType_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo
        scalar Bar
        directive @Foo on SCHEMA
        """,
        false);

    [Fact]
    public void ValidateSdl_DuplicateNames_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo

        scalar Foo
        type Foo
        interface Foo
        union Foo
        enum Foo
        input Foo
        """,
        false,
        Error("There can be only one type named \"Foo\".", (1, 6), (3, 8)),
        Error("There can be only one type named \"Foo\".", (1, 6), (4, 6)),
        Error("There can be only one type named \"Foo\".", (1, 6), (5, 11)),
        Error("There can be only one type named \"Foo\".", (1, 6), (6, 7)),
        Error("There can be only one type named \"Foo\".", (1, 6), (7, 6)),
        Error("There can be only one type named \"Foo\".", (1, 6), (8, 7)));

    [Fact]
    public void ValidateSdl_ExistingType_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo
        scalar Query
        enum SomeEnum
        """,
        true,
        Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (1, 6)),
        Error("Type \"Query\" already exists in the schema. It cannot also be defined in this type definition.", (2, 8)),
        Error("Type \"SomeEnum\" already exists in the schema. It cannot also be defined in this type definition.", (3, 6)));

    [Fact]
    public void ValidateSdl_NewTypeOverExistingSchema_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Bar
        scalar Baz
        """,
        true);
}
