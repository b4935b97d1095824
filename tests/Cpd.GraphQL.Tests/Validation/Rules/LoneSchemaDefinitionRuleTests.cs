using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class LoneSchemaDefinitionRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new LoneSchemaDefinitionRule(c);

    [Fact]
    public void ValidateSdl_NoSchema_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          foo: String
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_OneSchema_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_SchemaAndExtension_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }

        extend schema @foo
        directive @foo on SCHEMA
        """,
        false);

    [Fact]
    public void ValidateSdl_TwoSchemas_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }

        schema {
          mutation: Foo
        }

        schema {
          subscription: Foo
        }
        """,
        false,
        Error("Must provide only one schema definition.", (9, 1)),
        Error("Must provide only one schema definition.", (13, 1)));

    [Fact]
    public void ValidateSdl_SchemaOverExistingSchema_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }
        """,
        true,
        Error("Cannot define a new schema within a schema extension.", (1, 1)));

    [Fact]
    public void ValidateSdl_ExtensionOverExistingSchema_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        extend schema {
          mutation: Foo
        }
        """,
        true);
}
