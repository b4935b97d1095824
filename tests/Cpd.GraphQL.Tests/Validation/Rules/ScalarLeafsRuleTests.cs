using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class ScalarLeafsRuleTests
{
    private static readonly ValidationRule Rule = c => new ScalarLeafsRule(c);

    [Fact]
    public void Validate_ScalarSelection_IsValid() => ExpectValid(
        Rule,
        """
        fragment scalarSelection on Dog {
          barks
        }
        """);

    [Fact]
    public void Validate_ObjectWithoutSelection_ReportsError() => ExpectErrors(
        Rule,
        """
        query directQueryOnObjectWithoutSubFields {
          human
        }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));

    [Fact]
    public void Validate_InterfaceWithoutSelection_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          human { pets }
        }
        """,
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));

    [Fact]
    public void Validate_ObjectWithSelection_IsValid() => ExpectValid(
        Rule,
        """
        query directQueryOnObjectWithSubFields {
          human { name }
        }
        """);

    [Fact]
    public void Validate_ScalarWithSelection_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedOnBoolean on Dog {
          barks { sinceWhen }
        }
        """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));

    [Fact]
    public void Validate_EnumWithSelection_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedOnEnum on Cat {
          furColor { inHexDec }
        }
        """,
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));

    [Fact]
    public void Validate_ScalarWithArgsAndSelection_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedWithArgs on Dog {
          doesKnowCommand(dogCommand: SIT) { sinceWhen }
        }
        """,
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 36)));

    [Fact]
    public void Validate_ScalarWithDirectivesAndSelection_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedWithDirectives on Dog {
          name @include(if: true) { isAlsoHumanName }
        }
        """,
        Error("Field \"name\" must not have a selection since type \"String\" has no subfields.", (2, 27)));

    [Fact]
    public void Validate_ListOfNonNullWithoutSelection_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          friends
        }
        """,
        Error("Field \"friends\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"friends { ... }\"?", (2, 3)));

    [Fact]
    public void Validate_UnknownFieldIgnored_IsValid() => ExpectValid(
        Rule,
        """
        {
          dog { unknown { x } }
        }
        """);
}
