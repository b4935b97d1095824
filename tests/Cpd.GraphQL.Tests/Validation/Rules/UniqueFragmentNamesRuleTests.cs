using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = c => new UniqueFragmentNamesRule(c);

    [Fact]
    public void Validate_NoFragments_IsValid() => ExpectValid(
        Rule,
        """
        {
          field
        }
        """);

    [Fact]
    public void Validate_OneFragment_IsValid() => ExpectValid(
        Rule,
        """
        {
          ...fragA
        }

        fragment fragA on Type {
          field
        }
        """);

    [Fact]
    public void Validate_ManyFragments_IsValid() => ExpectValid(
        Rule,
        """
        {
          ...fragA
          ...fragB
          ...fragC
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragB on Type {
          fieldB
        }
        fragment fragC on Type {
          fieldC
        }
        """);

    [Fact]
    public void Validate_InlineFragmentsAlwaysUnique_IsValid() => ExpectValid(
        Rule,
        """
        {
          ...on Type {
            fieldA
          }
          ...on Type {
            fieldB
          }
        }
        """);

    [Fact]
    public void Validate_FragmentAndOperationSameName_IsValid() => ExpectValid(
        Rule,
        """
        query Foo {
          ...Foo
        }
        fragment Foo on Type {
          field
        }
        """);

    [Fact]
    public void Validate_SameName_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          ...fragA
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragA on Type {
          fieldB
        }
        """,
        Error("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));

    [Fact]
    public void Validate_SameNameWithoutSpread_ReportsError() => ExpectErrors(
        Rule,
        """
        fragment fragA on Type {
          fieldA
        }
        fragment fragA on Type {
          fieldB
        }
        """,
        Error("There can be only one fragment named \"fragA\".", (1, 10), (4, 10)));
}
