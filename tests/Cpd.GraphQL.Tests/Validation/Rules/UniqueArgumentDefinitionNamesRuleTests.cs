using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueArgumentDefinitionNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueArgumentDefinitionNamesRule(c);

    [Fact]
    public void ValidateSdl_NoArgs_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject {
          someField: String
        }

        directive @someDirective on QUERY
        """,
        false);

    [Fact]
    public void ValidateSdl_OneArg_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject {
          someField(foo: String): String
        }

        directive @someDirective(foo: String) on QUERY
        """,
        false);

    [Fact]
    public void ValidateSdl_DistinctArgs_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject {
          someField(
            foo: String
            bar: String
          ): String
        }

        directive @someDirective(
          foo: String
          bar: String
        ) on QUERY
        """,
        false);

    [Fact]
    public void ValidateSdl_DuplicateArgs_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject {
          someField(
            foo: String
            bar: String
            foo: String
          ): String
        }

        interface SomeInterface {
          someField(foo: String, foo: String): String
        }

        directive @someDirective(
          foo: String
          bar: String
          foo: String
        ) on QUERY
        """,
        false,
        Error("Argument \"SomeObject.someField(foo:)\" can only be defined once.", (3, 5), (5, 5)),
        Error("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", (10, 13), (10, 26)),
        Error("Argument \"@someDirective(foo:)\" can only be defined once.", (14, 3), (16, 3)));
}
