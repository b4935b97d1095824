using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRule Rule = c => new NoFragmentCyclesRule(c);

    [Fact]
    public void Validate_SingleReference_IsValid() => ExpectValid(
        Rule,
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void Validate_SpreadTwice_IsValid() => ExpectValid(
        Rule,
        """
        fragment fragA on Dog { ...fragB, ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void Validate_SpreadTwiceIndirectly_IsValid() => ExpectValid(
        Rule,
        """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { name }
        """);

    [Fact]
    public void Validate_DoubleSpreadInOneFragment_IsValid() => ExpectValid(
        Rule,
        """
        fragment nameFragment on Pet {
          ... on Dog { name }
          ... on Cat { name }
        }
        fragment spreadsInAnon on Pet {
          ... on Dog { ...nameFragment }
          ... on Cat { ...nameFragment }
        }
        """);

    [Fact]
    public void Validate_UnknownFragmentIgnored_IsValid() => ExpectValid(
        Rule,
        """
        fragment nameFragment on Pet {
          ...UnknownFragment
        }
        """);

    [Fact]
    public void Validate_SpreadItself_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment fragA on Human { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 27)));

    [Fact]
    public void Validate_SpreadItselfInInline_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment fragA on Pet {
          ... on Dog {
            ...fragA
          }
        }
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (3, 5)));

    [Fact]
    public void Validate_DirectCycle_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));

    [Fact]
    public void Validate_DirectCycleReversed_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment fragB on Dog { ...fragA }
        fragment fragA on Dog { ...fragB }
        """,
        Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25)));

    [Fact]
    public void Validate_DeepCycle_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragO }
        fragment fragX on Dog { ...fragY }
        fragment fragY on Dog { ...fragZ }
        fragment fragZ on Dog { ...fragO }
        fragment fragO on Dog { ...fragP }
        fragment fragP on Dog { ...fragA, ...fragX }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
        Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));

    [Fact]
    public void Validate_MultipleCycles_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragA }
        fragment fragC on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));

    [Fact]
    public void Validate_CyclesAfterOtherCycle_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragC }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragA, ...fragB }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
        Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25)));

    [Fact]
    public void Validate_SelfSpreadTwice_ReportsErrors() => ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragA, ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 25)),
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 35)));
}
