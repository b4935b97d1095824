using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRule Rule = c => new ExecutableDefinitionsRule(c);

    [Fact]
    public void Validate_OnlyOperation_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          dog {
            name
          }
        }
        """);

    [Fact]
    public void Validate_OperationAndFragment_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          dog {
            name
            ...Frag
          }
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void Validate_TypeDefinitions_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo {
          dog {
            name
          }
        }

        type Cow {
          name: String
        }

        extend type Dog {
          color: String
        }
        """,
        Error("The \"Cow\" definition is not executable.", (7, 1)),
        Error("The \"Dog\" definition is not executable.", (11, 1)));

    [Fact]
    public void Validate_SchemaDefinitions_ReportsErrors() => ExpectErrors(
        Rule,
        """
        schema {
          query: Query
        }

        type Query {
          test: String
        }

        extend schema @directive
        """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The \"Query\" definition is not executable.", (5, 1)),
        Error("The schema definition is not executable.", (9, 1)));

    [Fact]
    public void Validate_DirectiveAndScalar_ReportsErrors() => ExpectErrors(
        Rule,
        """
        { dog { name } }
        directive @cached on FIELD
        scalar Date
        """,
        Error("The \"cached\" definition is not executable.", (2, 1)),
        Error("The \"Date\" definition is not executable.", (3, 1)));
}
