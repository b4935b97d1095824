using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRule Rule = c => new OverlappingFieldsCanBeMergedRule(c);

    [Fact]
    public void Validate_UniqueFields_IsValid() => ExpectValid(
        Rule,
        """
        fragment uniqueFields on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void Validate_IdenticalFields_IsValid() => ExpectValid(
        Rule,
        """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }
        """);

    [Fact]
    public void Validate_IdenticalFieldsWithIdenticalArgs_IsValid() => ExpectValid(
        Rule,
        """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Validate_IdenticalFieldsWithIdenticalDirectives_IsValid() => ExpectValid(
        Rule,
        """
        fragment mergeSameFieldsWithSameDirectives on Dog {
          name @include(if: true)
          name @include(if: true)
        }
        """);

    [Fact]
    public void Validate_DifferentArgsDifferentAliases_IsValid() => ExpectValid(
        Rule,
        """
        fragment differentArgsWithDifferentAliases on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        """);

    [Fact]
    public void Validate_DifferentDirectivesDifferentAliases_IsValid() => ExpectValid(
        Rule,
        """
        fragment differentDirectivesWithDifferentAliases on Dog {
          nameIfTrue: name @include(if: true)
          nameIfFalse: name @include(if: false)
        }
        """);

    [Fact]
    public void Validate_DifferentSkipInclude_IsValid() => ExpectValid(
        Rule,
        """
        fragment differentDirectivesWithDifferentAliases on Dog {
          name @include(if: true)
          name @include(if: false)
        }
        """);

    [Fact]
    public void Validate_SameAliasesDifferentFieldTargets_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_SameAliasesOnNonOverlappingParents_IsValid() => ExpectValid(
        Rule,
        """
        fragment sameAliasesWithDifferentFieldTargets on Pet {
          ... on Dog {
            name
          }
          ... on Cat {
            name: nickname
          }
        }
        """);

    [Fact]
    public void Validate_AliasMaskingDirectFieldAccess_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment aliasMaskingDirectFieldAccess on Dog {
          name: nickname
          name
        }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_DifferentArgsSecondAddsArg_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_DifferentArgsSecondMissingArg_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_ConflictingArgValues_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_ConflictingArgNames_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          isAtLocation(x: 0)
          isAtLocation(y: 0)
        }
        """,
        Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_SameObjectArgsInDifferentOrder_IsValid() => ExpectValid(
        Rule,
        """
        {
          anyArg(value: { a: 1, b: 2 })
          anyArg(value: { b: 2, a: 1 })
        }
        """);

    [Fact]
    public void Validate_DifferentArgsOnDisjointTypes_IsValid() => ExpectValid(
        Rule,
        """
        fragment conflictingArgs on Pet {
          ... on Dog {
            name(surname: true)
          }
          ... on Cat {
            name
          }
        }
        """);

    [Fact]
    public void Validate_EncountersConflictInFragments_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          ...A
          ...B
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)));

    [Fact]
    public void Validate_ReportsEachConflictOnce_ReportsErrors() => ExpectErrors(
        Rule,
        """
        {
          f1 {
            ...A
            ...B
          }
          f2 {
            ...B
            ...A
          }
          f3 {
            ...A
            ...B
            x: c
          }
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
        Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
        Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)));

    [Fact]
    public void Validate_DeepConflict_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field {
            x: a
          },
          field {
            x: b
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Validate_DeepConflictMultipleIssues_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field {
            x: a
            y: c
          },
          field {
            x: b
            y: d
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void Validate_VeryDeepConflict_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field {
            deepField {
              x: a
            }
          },
          field {
            deepField {
              x: b
            }
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));

    [Fact]
    public void Validate_DeepConflictToNearestCommonAncestor_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field {
            deepField {
              x: a
            }
            deepField {
              x: b
            }
          },
          field {
            deepField {
              y
            }
          }
        }
        """,
        Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void Validate_ConflictInNestedFragments_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field {
            ...F
          }
          field {
            ...F
          }
        }
        fragment F on T {
          deepField {
            deeperField {
              x: a
            }
            deeperField {
              x: b
            }
          },
          deepField {
            deeperField {
              y
            }
          }
        }
        """,
        Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7)));

    [Fact]
    public void Validate_ConflictingReturnTypesOnDisjointTypes_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dogOrHuman {
            ... on Dog {
              name: barkVolume
            }
            ... on Human {
              name
            }
          }
        }
        """,
        Error("Fields \"name\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Validate_ConflictingListness_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          human {
            relatives { name }
            relatives: pets { name }
          }
        }
        """,
        Error("Fields \"relatives\" conflict because \"relatives\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));

    [Fact]
    public void Validate_ConflictingNullability_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          friends { name }
          friends: dogs { name }
        }
        """,
        Error("Fields \"friends\" conflict because \"friends\" and \"dogs\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_CompatibleReturnShapesOnDifferentTypes_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          catOrDog {
            ... on Dog {
              mother { name }
            }
            ... on Cat {
              mother: furColor
            }
          }
        }
        """,
        Error("Fields \"mother\" conflict because they return conflicting types \"Dog\" and \"FurColor\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Validate_SubfieldConflictsOnDisjointParents_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dogOrHuman {
            ... on Dog {
              mother {
                name: barkVolume
              }
            }
            ... on Human {
              mother: relatives {
                name
              }
            }
          }
        }
        """,
        Error("Fields \"mother\" conflict because they return conflicting types \"Dog\" and \"[Human]!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));

    [Fact]
    public void Validate_DisjointTypesSameFieldsDifferentArgs_IsValid() => ExpectValid(
        Rule,
        """
        {
          catOrDog {
            ... on Dog {
              name(surname: true)
            }
            ... on Cat {
              name(surname: false)
            }
          }
        }
        """);

    [Fact]
    public void Validate_InterfaceFieldsNotExclusive_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          pet {
            ... on Being {
              name(surname: true)
            }
            ... on Pet {
              name(surname: false)
            }
          }
        }
        """,
        Error("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Validate_IgnoresUnknownFragments_IsValid() => ExpectValid(
        Rule,
        """
        {
          field
          ...Unknown
          ...Known
        }

        fragment Known on T {
          field
          ...OtherUnknown
        }
        """);

    [Fact]
    public void Validate_FragmentSpreadTwice_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog {
            ...DogFields
            ...DogFields
          }
        }
        fragment DogFields on Dog {
          name
        }
        """);

    [Fact]
    public void Validate_FragmentCycleNoInfiniteLoop_IsValid() => ExpectValid(
        Rule,
        """
        {
          ...fragA
        }

        fragment fragA on Human {
          name
          relatives {
            name
            ...fragA
          }
        }
        """);

    [Fact]
    public void Validate_StreamDirectivesOverlap_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dogs @stream { name }
          dogs { name }
        }
        """,
        Error("Fields \"dogs\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_SameStreamDirectives_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dogs @stream(initialCount: 1) { name }
          dogs @stream(initialCount: 1) { name }
        }
        """,
        Error("Fields \"dogs\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_TypeNameAliasConflicts_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          dog {
            name: __typename
            name
          }
        }
        """,
        Error("Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));
}
