using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownTypeNamesRuleTests
{
    private static readonly Func<SdlValidationContext, AstVisitor> SdlRule = c => new KnownTypeNamesRule(c);

    [Fact]
    public void ValidateSdl_DefinedTypes_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          foo: Foo
          bar: [Bar!]
        }

        type Foo {
          x: ID
        }

        scalar Bar

        interface Baz {
          f(a: Int, b: SomeInput): String
        }
        input SomeInput {
          s: String
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_StandardTypesInSdl_IsValid() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          a: String
          b: __Type
        }
        """,
        false);

    [Fact]
    public void ValidateSdl_UnknownTypes_ReportsErrors() => ExpectSdlErrors(
        SdlRule,
        """
        type A {
          b: B
          c(d: D): C
        }

        union U = A | X

        input I {
          f: F = 1
        }

        schema {
          query: Q
        }

        directive @d(arg: DirArg) on FIELD

        extend type E {
          x: Y
        }
        """,
        false,
        Error("Unknown type \"B\". Did you mean \"A\", \"I\", or \"U\"?", (2, 6)),
        Error("Unknown type \"D\". Did you mean \"A\", \"I\", \"ID\", or \"U\"?", (3, 8)),
        Error("Unknown type \"C\". Did you mean \"A\", \"I\", or \"U\"?", (3, 12)),
        Error("Unknown type \"X\". Did you mean \"A\", \"I\", or \"U\"?", (6, 15)),
        Error("Unknown type \"F\". Did you mean \"A\", \"I\", or \"U\"?", (9, 6)),
        Error("Unknown type \"Q\". Did you mean \"A\", \"I\", or \"U\"?", (13, 10)),
        Error("Unknown type \"DirArg\".", (16, 19)),
        Error("Unknown type \"Y\". Did you mean \"A\", \"I\", or \"U\"?", (19, 6)));

    [Fact]
    public void ValidateSdl_ExistingSchemaTypes_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        type NewType {
          foo: Foo
          e: SomeEnum
          u: Unknown
        }
        """,
        true,
        Error("Unknown type \"Unknown\".", (4, 6)));

    [Fact]
    public void ValidateSdl_SuggestsStandardNames_ReportsError() => ExpectSdlErrors(
        SdlRule,
        """
        type Query {
          a: Strin
        }
        """,
        false,
        Error("Unknown type \"Strin\". Did you mean \"String\"?", (2, 6)));
}
