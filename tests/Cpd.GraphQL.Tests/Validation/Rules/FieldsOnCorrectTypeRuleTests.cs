using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = c => new FieldsOnCorrectTypeRule(c);

    [Fact]
    public void Validate_ObjectField_IsValid() => ExpectValid(
        Rule,
        """
        fragment objectFieldSelection on Dog {
          __typename
          name
        }
        """);

    [Fact]
    public void Validate_AliasedObjectField_IsValid() => ExpectValid(
        Rule,
        """
        fragment aliasedObjectFieldSelection on Dog {
          tn : __typename
          otherName : name
        }
        """);

    [Fact]
    public void Validate_InterfaceField_IsValid() => ExpectValid(
        Rule,
        """
        fragment interfaceFieldSelection on Pet {
          __typename
          name
        }
        """);

    [Fact]
    public void Validate_LyingAlias_IsValid() => ExpectValid(
        Rule,
        """
        fragment lyingAliasSelection on Dog {
          name : nickname
        }
        """);

    [Fact]
    public void Validate_UnknownSelectionIgnored_IsValid() => ExpectValid(
        Rule,
        """
        fragment unknownSelection on UnknownType {
          unknownField
        }
        """);

    [Fact]
    public void Validate_NestedUnknownFields_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment typeKnownAgain on Pet {
          unknown_pet_field {
            ... on Cat {
              unknown_cat_field
            }
          }
        }
        """,
        Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
        Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));

    [Fact]
    public void Validate_FieldNotDefinedOnFragment_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment fieldNotDefined on Dog {
          meowVolume
        }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Validate_IgnoresDeeperUnknown_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment deepFieldNotDefined on Dog {
          unknown_field {
            deeper_unknown_field
          }
        }
        """,
        Error("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));

    [Fact]
    public void Validate_SubFieldNotDefined_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment subFieldNotDefined on Human {
          pets {
            unknown_field
          }
        }
        """,
        Error("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)));

    [Fact]
    public void Validate_FieldNotDefinedOnInlineFragment_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment fieldNotDefined on Pet {
          ... on Dog {
            meowVolume
          }
        }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));

    [Fact]
    public void Validate_AliasedFieldTargetNotDefined_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment aliasedFieldTargetNotDefined on Dog {
          volume : mooVolume
        }
        """,
        Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Validate_AliasedLyingFieldTargetNotDefined_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume : kawVolume
        }
        """,
        Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Validate_NotDefinedOnInterface_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment notDefinedOnInterface on Pet {
          tailLength
        }
        """,
        Error("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)));

    [Fact]
    public void Validate_DefinedOnImplementorsNotInterface_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment definedOnImplementorsButNotInterface on Pet {
          nickname
        }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Validate_MetaFieldOnUnion_IsValid() => ExpectValid(
        Rule,
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void Validate_DirectFieldOnUnion_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          directField
        }
        """,
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));

    [Fact]
    public void Validate_DefinedOnImplementorsQueriedOnUnion_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
          name
        }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (2, 3)));

    [Fact]
    public void Validate_ValidFieldInInlineFragment_IsValid() => ExpectValid(
        Rule,
        """
        fragment objectFieldSelection on Pet {
          ... on Dog {
            name
          }
          ... {
            name
          }
        }
        """);

    [Fact]
    public void Validate_SchemaMetaFieldOnlyOnQueryRoot_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog { __schema { queryType { name } } }
          __type(name: "Dog") { name }
        }
        """,
        Error("Cannot query field \"__schema\" on type \"Dog\".", (2, 9)));

    [Fact]
    public void Validate_SuggestionsHidden_ReportsErrors() => ExpectErrorsWithoutSuggestions(
        Rule,
        """
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
          name
        }
        fragment f on Dog { nam }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\".", (2, 3)),
        Error("Cannot query field \"nam\" on type \"Dog\".", (4, 21)));

    [Fact]
    public void Validate_SuggestsFieldNames_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          dog { nme barkvolume }
        }
        """,
        Error("Cannot query field \"nme\" on type \"Dog\". Did you mean \"name\"?", (2, 9)),
        Error("Cannot query field \"barkvolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 13)));
}
