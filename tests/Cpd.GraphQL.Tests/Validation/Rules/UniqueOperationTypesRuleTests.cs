using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueOperationTypesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueOperationTypesRule(c);

    [Fact]
    public void ValidateSdl_NoSchema_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo
        """,
        false);

    [Fact]
    public void ValidateSdl_AllOperationTypes_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_SplitAcrossExtension_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo

        schema {
          query: Foo
        }

        extend schema {
          mutation: Foo
          subscription: Foo
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_DuplicateInDefinition_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo

          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """,
        false,
        Error("There can be only one query type in schema.", (4, 3), (8, 3)),
        Error("There can be only one mutation type in schema.", (5, 3), (9, 3)),
        Error("There can be only one subscription type in schema.", (6, 3), (10, 3)));

    [Fact]
    public void ValidateSdl_DuplicateAcrossExtension_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }

        extend schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """,
        false,
        Error("There can be only one query type in schema.", (4, 3), (10, 3)),
        Error("There can be only one mutation type in schema.", (5, 3), (11, 3)),
        Error("There can be only one subscription type in schema.", (6, 3), (12, 3)));

    [Fact]
    public void ValidateSdl_DefinedInExistingSchema_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        extend schema {
          query: Foo
          mutation: Foo
        }
        """,
        true,
        Error("Type for query already defined in the schema. It cannot be redefined.", (2, 3)));
}
