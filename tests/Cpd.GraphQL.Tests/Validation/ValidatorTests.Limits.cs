using System.Text;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Validation;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation;

public partial class ValidatorTests
{
    private const string TooMany = "Too many validation errors, error limit reached. Validation aborted.";

    private static string UnknownFields(int count)
    {
        var text = new StringBuilder("{ dog {");
        for (var i = 0; i < count; i++)
        {
            text.Append(" unknown").Append(i);
        }

        return text.Append(" } }").ToString();
    }

    [Fact]
    public void Validate_MaxErrorsReached_StopsWithTooManyErrors()
    {
        var errors = Validator.Validate(Schema, Parser.Parse(UnknownFields(10)), new ValidationOptions { MaxErrors = 3 });

        errors.Count.ShouldBe(4);
        errors.Take(3).ShouldAllBe(e => e.Message.StartsWith("Cannot query field", StringComparison.Ordinal));
        errors[3].Message.ShouldBe(TooMany);
        errors[3].Locations.ShouldBeNull();
    }

    [Fact]
    public void Validate_DefaultMaxErrors_IsOneHundred()
    {
        var errors = Validator.Validate(Schema, Parser.Parse(UnknownFields(150)));

        errors.Count.ShouldBe(101);
        errors[100].Message.ShouldBe(TooMany);
    }

    [Fact]
    public void Validate_ExactlyMaxErrors_NoAbortError()
    {
        var errors = Validator.Validate(Schema, Parser.Parse(UnknownFields(3)), new ValidationOptions { MaxErrors = 3 });

        errors.Count.ShouldBe(3);
        errors.ShouldNotContain(e => e.Message == TooMany);
    }

    [Fact]
    public void Validate_SuggestionsDisabled_NoDidYouMean()
    {
        const string query = "{ dog { nam } catOrDog { name } human(i: 1) { name } }";

        Describe(Validate(query)).ShouldContain(e => e.Contains("Did you mean", StringComparison.Ordinal));
        Describe(Validate(query, enableSuggestions: false)).ShouldNotContain(e => e.Contains("Did you mean", StringComparison.Ordinal));
        Validate(query, enableSuggestions: false).Count.ShouldBe(Validate(query).Count);
    }

    [Fact]
    public void Validate_HundredsOfRepeatedFields_NoErrors()
    {
        var text = new StringBuilder("{ dog {");
        for (var i = 0; i < 300; i++)
        {
            text.Append(" name barkVolume");
        }

        Validate(text.Append(" } }").ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ThousandsOfRepeatedFields_AbortsWithinBudget()
    {
        // 10,000 same-named fields are 25 million comparisons: past the budget, as in graphql-js.
        var text = new StringBuilder("{ dog {");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(" name barkVolume");
        }

        Describe(Validate(text.Append(" } }").ToString())).ShouldBe(["Validation aborted. @ "]);
    }

    [Fact]
    public void Validate_ThousandsOfConflictingFields_AbortsWithinBudget()
    {
        var text = new StringBuilder("{ dog {");
        for (var i = 0; i < 3000; i++)
        {
            text.Append(i % 2 == 0 ? " x: name" : " x: nickname");
        }

        Describe(Validate(text.Append(" } }").ToString())).ShouldBe(["Validation aborted. @ "]);
    }

    [Theory]
    [InlineData(500, 0)]
    [InlineData(2000, 1)]
    public void Validate_LongFragmentChain_ValidOrAbortedAsGraphQLJs(int count, int errorCount)
    {
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Dog { name");
            if (i + 1 < count)
            {
                text.Append(" ...F").Append(i + 1);
            }

            text.Append(" }\n");
        }

        var errors = Validate(text.ToString());

        errors.Count.ShouldBe(errorCount);
        errors.ShouldAllBe(e => e.Message == "Validation aborted.");
    }

    [Fact]
    public void Validate_ExponentialFragmentFanOut_NoErrors()
    {
        // Each fragment spreads the next twice: 2^40 paths if followed naively.
        const int count = 40;
        var text = new StringBuilder("query Q($v: Boolean) { dog { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Dog { name isHouseTrained(atOtherHomes: $v)");
            if (i + 1 < count)
            {
                text.Append(" ...F").Append(i + 1).Append(" a: mother { ...F").Append(i + 1).Append(" }");
            }

            text.Append(" }\n");
        }

        Validate(text.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_FragmentCycleOfThousands_ReportsCycleThenAborts()
    {
        const int count = 3000;
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Dog { name ...F").Append((i + 1) % count).Append(" }\n");
        }

        var errors = Validate(text.ToString());

        errors.Count.ShouldBe(2);
        errors[0].Message.ShouldStartWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"");
        errors[0].Locations!.Count.ShouldBe(count);
        errors[1].Message.ShouldBe("Validation aborted.");
    }

    [Fact]
    public void ValidateSdl_ValidSchema_NoErrors()
    {
        Validator.ValidateSdl(Parser.Parse("type Query { a: String }\nextend type Query { b: Int }\ndirective @d on FIELD")).ShouldBeEmpty();
    }

    [Fact]
    public void ValidateSdl_EveryRuleRuns_ReportsInDocumentOrder()
    {
        var errors = Describe(Validator.ValidateSdl(Parser.Parse("""
            type Query { a: Strin @unknown }
            type Query { b: Int }
            extend type Nope { c: Int }
            """)));

        errors.ShouldBe([
            "Unknown type \"Strin\". Did you mean \"String\"? @ 1:17",
            "Unknown directive \"@unknown\". @ 1:23",
            "There can be only one type named \"Query\". @ 1:6, 2:6",
            "Cannot extend type \"Nope\" because it is not defined. @ 3:13",
        ]);
    }
}
