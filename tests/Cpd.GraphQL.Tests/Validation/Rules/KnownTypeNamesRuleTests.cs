using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class KnownTypeNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new KnownTypeNamesRule(c);

    [Fact]
    public void Validate_KnownTypes_IsValid() => ExpectValid(
        Rule,
        """
        query Foo(
          $var: String
          $required: [Int!]!
          $introspectionType: __EnumValue
        ) {
          user(id: 4) {
            pets { ... on Pet { name }, ...PetFields, ... { name } }
          }
        }

        fragment PetFields on Pet {
          name
        }
        """);

    [Fact]
    public void Validate_UnknownTypes_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($var: [JumbledUpLetters!]!) {
          user(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }
        fragment PetFields on Peat {
          name
        }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 18)),
        Error("Unknown type \"Badger\".", (4, 19)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));

    [Fact]
    public void Validate_TypeDefinedInDocumentIgnoredByExecutable_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($var: Cow) { dog { name } }
        type Cow { name: String }
        """);

    [Fact]
    public void Validate_StandardTypeInQueryMustExist_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($var: Float, $id: ID) { dog { name } }
        """);

    [Fact]
    public void Validate_UnknownTypeNoSuggestions_ReportsError() => ExpectErrorsWithoutSuggestions(
        Rule,
        """
        query Foo($var: Dgo) { dog { name } }
        """,
        Error("Unknown type \"Dgo\".", (1, 17)));
}
