using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownDirectivesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new KnownDirectivesRule(c);

    [Fact]
    public void ValidateSdl_WellPlaced_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type MyObj implements MyInterface @onObject {
          myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
        }

        extend type MyObj @onObject

        scalar MyScalar @onScalar

        interface MyInterface @onInterface {
          myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
        }

        union MyUnion @onUnion = MyObj

        enum MyEnum @onEnum {
          MY_VALUE @onEnumValue
        }

        input MyInput @onInputObject {
          myField: Int @onInputFieldDefinition
        }

        schema @onSchema {
          query: MyQuery
        }

        type MyQuery {
          f: String
        }

        directive @onObject on OBJECT
        directive @onArgumentDefinition on ARGUMENT_DEFINITION
        directive @onFieldDefinition on FIELD_DEFINITION
        directive @onScalar on SCALAR
        directive @onInterface on INTERFACE
        directive @onUnion on UNION
        directive @onEnum on ENUM
        directive @onEnumValue on ENUM_VALUE
        directive @onInputObject on INPUT_OBJECT
        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        directive @onSchema on SCHEMA
        """,
        false);

    [Fact]
    public void ValidateSdl_Misplaced_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type MyObj implements MyInterface @onInterface {
          myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
        }

        scalar MyScalar @onEnum

        interface MyInterface @onObject {
          myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
        }

        union MyUnion @onEnumValue = MyObj

        enum MyEnum @onScalar {
          MY_VALUE @onUnion
        }

        input MyInput @onEnum {
          myField: Int @onArgumentDefinition
        }

        schema @onObject {
          query: MyQuery
        }

        directive @onObject on OBJECT
        directive @onInterface on INTERFACE
        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        directive @onArgumentDefinition on ARGUMENT_DEFINITION
        directive @onEnum on ENUM
        directive @onEnumValue on ENUM_VALUE
        directive @onUnion on UNION
        directive @onScalar on SCALAR
        """,
        false,
        Error("Directive \"@onInterface\" may not be used on OBJECT.", (1, 35)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (2, 22)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (2, 55)),
        Error("Directive \"@onEnum\" may not be used on SCALAR.", (5, 17)),
        Error("Directive \"@onObject\" may not be used on INTERFACE.", (7, 23)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (8, 22)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (8, 55)),
        Error("Directive \"@onEnumValue\" may not be used on UNION.", (11, 15)),
        Error("Directive \"@onScalar\" may not be used on ENUM.", (13, 13)),
        Error("Directive \"@onUnion\" may not be used on ENUM_VALUE.", (14, 12)),
        Error("Directive \"@onEnum\" may not be used on INPUT_OBJECT.", (17, 15)),
        Error("Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION.", (18, 16)),
        Error("Directive \"@onObject\" may not be used on SCHEMA.", (21, 8)));

    [Fact]
    public void ValidateSdl_UnknownDirective_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f: String @unknown
        }
        """,
        false,
        Error("Unknown directive \"@unknown\".", (2, 13)));

    [Fact]
    public void ValidateSdl_DeprecatedAndSpecifiedBy_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          f: String @deprecated(reason: "old")
        }
        scalar Url @specifiedBy(url: "https://example.com")
        """,
        false);

    [Fact]
    public void ValidateSdl_ExistingSchemaDirective_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        extend type Foo @existing
        type Bar @existing {
          f: Int @existing
        }
        scalar S @existing
        """,
        true,
        Error("Directive \"@existing\" may not be used on SCALAR.", (5, 10)));
}
