using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationRule Rule = c => new PossibleFragmentSpreadsRule(c);

    [Fact]
    public void Validate_ObjectIntoObject_IsValid() => ExpectValid(
        Rule,
        """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Validate_InlineObjectIntoObject_IsValid() => ExpectValid(
        Rule,
        """
        fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
        """);

    [Fact]
    public void Validate_ObjectIntoImplementedInterface_IsValid() => ExpectValid(
        Rule,
        """
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Validate_ObjectIntoContainingUnion_IsValid() => ExpectValid(
        Rule,
        """
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Validate_UnionIntoContainedObject_IsValid() => ExpectValid(
        Rule,
        """
        fragment unionWithinObject on Dog { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Validate_UnionIntoOverlappingInterface_IsValid() => ExpectValid(
        Rule,
        """
        fragment unionWithinInterface on Pet { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Validate_UnionIntoOverlappingUnion_IsValid() => ExpectValid(
        Rule,
        """
        fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Validate_InterfaceIntoImplementingObject_IsValid() => ExpectValid(
        Rule,
        """
        fragment interfaceWithinObject on Dog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void Validate_InterfaceIntoOverlappingInterface_IsValid() => ExpectValid(
        Rule,
        """
        fragment interfaceWithinInterface on Pet { ...beingFragment }
        fragment beingFragment on Being { name }
        """);

    [Fact]
    public void Validate_InterfaceIntoOverlappingUnion_IsValid() => ExpectValid(
        Rule,
        """
        fragment interfaceWithinUnion on CatOrDog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void Validate_UnknownTypesIgnored_IsValid() => ExpectValid(
        Rule,
        """
        fragment petFragment on Pet { ...badInADifferentWay }
        fragment badInADifferentWay on Foo { name }
        """);

    [Fact]
    public void Validate_DifferentObjectIntoObject_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void Validate_DifferentObjectIntoObjectInline_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidObjectWithinObjectAnon on Cat {
          ... on Dog { barkVolume }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));

    [Fact]
    public void Validate_ObjectIntoNotImplementingInterface_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));

    [Fact]
    public void Validate_ObjectIntoNotContainingUnion_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));

    [Fact]
    public void Validate_UnionIntoNotContainedObject_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """,
        Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)));

    [Fact]
    public void Validate_UnionIntoNonOverlappingInterface_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 47)));

    [Fact]
    public void Validate_UnionIntoNonOverlappingUnion_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));

    [Fact]
    public void Validate_InterfaceIntoNonImplementingObject_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
        fragment intelligentFragment on Intelligent { iq }
        """,
        Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (1, 48)));

    [Fact]
    public void Validate_InterfaceIntoNonOverlappingInterface_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidInterfaceWithinInterface on Pet {
          ...intelligentFragment
        }
        fragment intelligentFragment on Intelligent { iq }
        """,
        Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));

    [Fact]
    public void Validate_InlineInterfaceIntoNonOverlappingInterface_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidInterfaceWithinInterfaceAnon on Pet {
          ...on Intelligent { iq }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));

    [Fact]
    public void Validate_InterfaceIntoNonOverlappingUnion_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
        fragment petFragment on Pet { name }
        """,
        Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)));
}
