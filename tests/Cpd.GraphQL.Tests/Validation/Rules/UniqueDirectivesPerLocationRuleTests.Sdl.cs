using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueDirectivesPerLocationRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new UniqueDirectivesPerLocationRule(c);

    [Fact]
    public void ValidateSdl_DistinctDirectives_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Query @a @b {
          f: String @a @b
        }
        directive @a on OBJECT | FIELD_DEFINITION
        directive @b on OBJECT | FIELD_DEFINITION
        """,
        false);

    [Fact]
    public void ValidateSdl_DuplicateOnType_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type Query @a @a {
          f: String @a @a
        }
        directive @a on OBJECT | FIELD_DEFINITION
        """,
        false,
        Error("The directive \"@a\" can only be used once at this location.", (1, 12), (1, 15)),
        Error("The directive \"@a\" can only be used once at this location.", (2, 13), (2, 16)));

    [Fact]
    public void ValidateSdl_DuplicateAcrossExtensions_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type TestType @nonRepeatable
        extend type TestType @nonRepeatable
        scalar TestScalar @nonRepeatable
        extend scalar TestScalar @nonRepeatable
        schema @nonRepeatable {
          query: TestType
        }
        extend schema @nonRepeatable
        directive @nonRepeatable on OBJECT | SCALAR | SCHEMA
        """,
        false,
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (1, 15), (2, 22)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 19), (4, 26)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (5, 8), (8, 15)));

    [Fact]
    public void ValidateSdl_RepeatableAcrossExtensions_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type TestType @repeatable
        extend type TestType @repeatable
        directive @repeatable repeatable on OBJECT
        """,
        false);
}
