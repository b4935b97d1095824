using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRule Rule = c => new NoUndefinedVariablesRule(c);

    [Fact]
    public void Validate_AllDefined_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Validate_AllDefinedDeeply_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a) {
            field(b: $b) {
              field(c: $c)
            }
          }
        }
        """);

    [Fact]
    public void Validate_DefinedInFragments_IsValid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c)
        }
        """);

    [Fact]
    public void Validate_NotDefined_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c, d: $d)
        }
        """,
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));

    [Fact]
    public void Validate_NotDefinedAnonymous_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          field(a: $a)
        }
        """,
        Error("Variable \"$a\" is not defined.", (2, 12), (1, 1)));

    [Fact]
    public void Validate_MultipleNotDefined_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($b: String) {
          field(a: $a, b: $b, c: $c)
        }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1)));

    [Fact]
    public void Validate_NotDefinedInFragment_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c)
        }
        """,
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));

    [Fact]
    public void Validate_FragmentUsedByTwoOperations_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($b: String) {
          ...FragAB
        }
        query Bar($a: String) {
          ...FragAB
        }
        fragment FragAB on Type {
          field1(a: $a, b: $b)
          ...FragC
          field3(a: $a, b: $b)
        }
        fragment FragC on Type {
          field2(c: $c)
        }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (8, 13), (1, 1)),
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (10, 13), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (13, 13), (1, 1)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (8, 20), (4, 1)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (10, 20), (4, 1)),
        Error("Variable \"$c\" is not defined by operation \"Bar\".", (13, 13), (4, 1)));

    [Fact]
    public void Validate_InDirectiveArguments_ReportsError() => ExpectErrors(
        Rule,
        """
        query Foo {
          dog @include(if: $cond) { name }
        }
        """,
        Error("Variable \"$cond\" is not defined by operation \"Foo\".", (2, 20), (1, 1)));

    [Fact]
    public void Validate_InObjectsAndLists_ReportsErrors() => ExpectErrors(
        Rule,
        """
        query Foo($a: Int) {
          field(input: { x: $a, y: [$b, { z: $c }] })
        }
        """,
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (2, 29), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (2, 38), (1, 1)));
}
