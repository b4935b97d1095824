using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueEnumValueNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueEnumValueNamesRule(c);

    [Fact]
    public void ValidateSdl_NoValues_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        enum SomeEnum
        """,
        false);

    [Fact]
    public void ValidateSdl_OneValue_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        enum SomeEnum {
          FOO
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_DistinctValues_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        enum SomeEnum {
          FOO
          BAR
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_DuplicateValues_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        enum SomeEnum {
          FOO
          BAR
          FOO
        }
        """,
        false,
        Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (4, 3)));

    [Fact]
    public void ValidateSdl_ExtensionAddsValue_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        enum SomeEnum {
          FOO
        }
        extend enum SomeEnum {
          BAR
        }
        extend enum SomeEnum {
          BAZ
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_ExtensionDuplicatesValue_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        extend enum SomeEnum {
          FOO
        }
        enum SomeEnum {
          FOO
        }
        """,
        false,
        Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (5, 3)));

    [Fact]
    public void ValidateSdl_ExtensionOfExistingEnum_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        extend enum SomeEnum {
          BAZ
          FOO
        }
        """,
        true,
        Error("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (3, 3)));
}
