using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class PossibleTypeExtensionsRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new PossibleTypeExtensionsRule(c);

    [Fact]
    public void ValidateSdl_ExtensionsOfDefinedTypes_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject

        extend scalar FooScalar @dummy
        extend type FooObject @dummy
        extend interface FooInterface @dummy
        extend union FooUnion @dummy
        extend enum FooEnum @dummy
        extend input FooInputObject @dummy
        """,
        false);

    [Fact]
    public void ValidateSdl_UnknownTypes_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Known

        extend scalar Unknown @dummy
        extend type Unknown @dummy
        extend interface Unknown @dummy
        extend union Unknown @dummy
        extend enum Unknown @dummy
        extend input Unknown @dummy
        """,
        false,
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (3, 15)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (4, 13)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (5, 18)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (6, 14)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (7, 13)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (8, 14)));

    [Fact]
    public void ValidateSdl_WrongKinds_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject

        extend type FooScalar @dummy
        extend interface FooObject @dummy
        extend union FooInterface @dummy
        extend enum FooUnion @dummy
        extend input FooEnum @dummy
        extend scalar FooInputObject @dummy
        """,
        false,
        Error("Cannot extend non-object type \"FooScalar\".", (1, 1), (8, 1)),
        Error("Cannot extend non-interface type \"FooObject\".", (2, 1), (9, 1)),
        Error("Cannot extend non-union type \"FooInterface\".", (3, 1), (10, 1)),
        Error("Cannot extend non-enum type \"FooUnion\".", (4, 1), (11, 1)),
        Error("Cannot extend non-input object type \"FooEnum\".", (5, 1), (12, 1)),
        Error("Cannot extend non-scalar type \"FooInputObject\".", (6, 1), (13, 1)));

    [Fact]
    public void ValidateSdl_ExtensionsOfExistingTypes_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        extend scalar SomeScalar @dummy
        extend type Foo @dummy
        extend interface SomeInterface @dummy
        extend union SomeUnion @dummy
        extend enum SomeEnum @dummy
        extend input SomeInput @dummy
        """,
        true);

    [Fact]
    public void ValidateSdl_WrongKindsOfExistingTypes_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        extend type SomeScalar @dummy
        extend interface Foo @dummy
        extend enum SomeInput @dummy
        """,
        true,
        Error("Cannot extend non-object type \"SomeScalar\".", (1, 1)),
        Error("Cannot extend non-interface type \"Foo\".", (2, 1)),
        Error("Cannot extend non-enum type \"SomeInput\".", (3, 1)));

    [Fact]
    public void ValidateSdl_SuggestsExistingType_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        extend type Fo @dummy
        """,
        true,
        Error("Cannot extend type \"Fo\" because it is not defined. Did you mean \"Foo\"?", (1, 13)));
}
