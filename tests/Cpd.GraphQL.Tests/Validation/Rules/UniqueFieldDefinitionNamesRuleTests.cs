using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueFieldDefinitionNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueFieldDefinitionNamesRule(c);

    [Fact]
    public void ValidateSdl_NoFields_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject
        interface SomeInterface
        input SomeInputObject
        """,
        false);

    [Fact]
    public void ValidateSdl_DistinctFields_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject {
          foo: String
          bar: String
        }

        input SomeInputObject {
          foo: String
          bar: String
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_DuplicateFields_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject {
          foo: String
          bar: String
          foo: String
        }

        interface SomeInterface {
          foo: String
          foo: String
        }

        input SomeInputObject {
          foo: String
          bar: String
          foo: String
        }
        """,
        false,
        Error("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (4, 3)),
        Error("Field \"SomeInterface.foo\" can only be defined once.", (8, 3), (9, 3)),
        Error("Field \"SomeInputObject.foo\" can only be defined once.", (13, 3), (15, 3)));

    [Fact]
    public void ValidateSdl_ExtensionDuplicatesField_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        type SomeObject {
          foo: String
        }
        extend type SomeObject {
          foo: String
        }
        """,
        false,
        Error("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (5, 3)));

    [Fact]
    public void ValidateSdl_ExtensionOfExistingType_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        extend type Foo {
          field: String
          other: String
        }
        extend interface SomeInterface {
          field: String
        }
        extend input SomeInput {
          field: String
        }
        """,
        true,
        Error("Field \"Foo.field\" already exists in the schema. It cannot also be defined in this type extension.", (2, 3)),
        Error("Field \"SomeInterface.field\" already exists in the schema. It cannot also be defined in this type extension.", (6, 3)),
        Error("Field \"SomeInput.field\" already exists in the schema. It cannot also be defined in this type extension.", (9, 3)));
}
