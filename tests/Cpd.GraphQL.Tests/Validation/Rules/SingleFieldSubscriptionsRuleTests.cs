using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRule Rule = c => new SingleFieldSubscriptionsRule(c);

    [Fact]
    public void Validate_OneField_IsValid() => ExpectValid(
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
        }
        """);

    [Fact]
    public void Validate_OneFieldWithFragment_IsValid() => ExpectValid(
        Rule,
        """
        subscription sub {
          ...newHumansFields
        }

        fragment newHumansFields on SubscriptionRoot {
          newHumans { name }
        }
        """);

    [Fact]
    public void Validate_FragmentOnOtherTypeIgnored_IsValid() => ExpectValid(
        Rule,
        """
        subscription sub {
          importantEmails
          ... on Dog { name }
        }
        """);

    [Fact]
    public void Validate_TwoFields_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
          catEvents { name }
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Validate_ThreeFieldsAnonymous_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          importantEmails
          catEvents { name }
          dogEvents { name }
        }
        """,
        Error("Anonymous Subscription must select only one top level field.", (3, 3), (4, 3)));

    [Fact]
    public void Validate_FieldsThroughFragments_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
          ...NotImportant
        }
        fragment NotImportant on SubscriptionRoot {
          catEvents { name }
          dogEvents { name }
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (6, 3), (7, 3)));

    [Fact]
    public void Validate_SameFieldTwiceThroughAlias_IsValid() => ExpectValid(
        Rule,
        """
        subscription {
          importantEmails
          importantEmails
        }
        """);

    [Fact]
    public void Validate_AliasedSameField_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          a: importantEmails
          b: importantEmails
        }
        """,
        Error("Anonymous Subscription must select only one top level field.", (3, 3)));

    [Fact]
    public void Validate_IntrospectionField_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription ImportantEmails {
          __typename
        }
        """,
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Validate_IntrospectionFieldAnonymous_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          __typename
        }
        """,
        Error("Anonymous Subscription must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Validate_SkipAndInclude_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription RequiredRuntimeValidation($bool: Boolean!) {
          importantEmails @include(if: $bool)
          catEvents @skip(if: $bool) { name }
        }
        """,
        Error("Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", (2, 19), (3, 13)));

    [Fact]
    public void Validate_SkipInFragment_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription Sub($bool: Boolean!) {
          ...Frag @skip(if: $bool)
        }
        fragment Frag on SubscriptionRoot {
          importantEmails
        }
        """,
        Error("Subscription \"Sub\" must not use `@skip` or `@include` directives in the top level selection.", (2, 11)));

    [Fact]
    public void Validate_NoFieldsThroughNonMatchingFragment_ReportsError() => ExpectErrors(
        Rule,
        """
        subscription {
          ... on Dog { name }
        }
        """,
        Error("Anonymous Subscription must select one top level field.", (1, 14)));

    [Fact]
    public void Validate_UnknownFragmentIgnored_IsValid() => ExpectValid(
        Rule,
        """
        subscription {
          importantEmails
          ...Missing
        }
        """);
}
