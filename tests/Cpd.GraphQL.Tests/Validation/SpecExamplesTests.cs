using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation;

/// <summary>Every example of the specification's Validation section passes its section's rule; every counter-example fails it.</summary>
public class SpecExamplesTests
{
    private static readonly GraphQLSchema SpecSchema = SchemaBuilder.New().AddDocumentFromString(ReadResource("SpecSchema.graphql")).Build();

    private static readonly GraphQLSchema HelloSchema = SchemaBuilder.New().AddDocumentFromString("type Query { hello: String }").Build();

    private static readonly Dictionary<string, ValidationRule[]> RulesBySection = new(StringComparer.Ordinal)
    {
        ["Executable Definitions"] = [c => new ExecutableDefinitionsRule(c)],
        ["Operation Type Existence"] = [c => new KnownOperationTypesRule(c)],
        ["Operation Name Uniqueness"] = [c => new UniqueOperationNamesRule(c)],
        ["Lone Anonymous Operation"] = [c => new LoneAnonymousOperationRule(c)],
        ["Single Root Field"] = [c => new SingleFieldSubscriptionsRule(c)],
        ["Field Selections"] = [c => new FieldsOnCorrectTypeRule(c)],
        ["Field Selection Merging"] = [c => new OverlappingFieldsCanBeMergedRule(c)],
        ["Leaf Field Selections"] = [c => new ScalarLeafsRule(c)],
        ["Argument Names"] = [c => new KnownArgumentNamesRule(c)],
        ["Required Arguments"] = [c => new ProvidedRequiredArgumentsRule(c), c => new ValuesOfCorrectTypeRule(c)],
        ["Fragment Name Uniqueness"] = [c => new UniqueFragmentNamesRule(c)],
        ["Fragment Spread Type Existence"] = [c => new KnownTypeNamesRule(c)],
        ["Fragments on Object, Interface or Union Types"] = [c => new FragmentsOnCompositeTypesRule(c)],
        ["Fragment Spread Target Defined"] = [c => new KnownFragmentNamesRule(c)],
        ["Fragment Spreads Must Not Form Cycles"] = [c => new NoFragmentCyclesRule(c)],
        ["Object Spreads in Object Scope"] = [c => new PossibleFragmentSpreadsRule(c)],
        ["Abstract Spreads in Object Scope"] = [c => new PossibleFragmentSpreadsRule(c)],
        ["Object Spreads in Abstract Scope"] = [c => new PossibleFragmentSpreadsRule(c)],
        ["Abstract Spreads in Abstract Scope"] = [c => new PossibleFragmentSpreadsRule(c)],
        ["Values of Correct Type"] = [c => new ValuesOfCorrectTypeRule(c)],
        ["Input Object Field Names"] = [c => new ValuesOfCorrectTypeRule(c)],
        ["Input Object Field Uniqueness"] = [c => new UniqueInputFieldNamesRule(c)],
        ["Directives Are in Valid Locations"] = [c => new KnownDirectivesRule(c)],
        ["Variable Uniqueness"] = [c => new UniqueVariableNamesRule(c)],
        ["Variables Are Input Types"] = [c => new VariablesAreInputTypesRule(c)],
        ["All Variable Uses Defined"] = [c => new NoUndefinedVariablesRule(c)],
        ["All Variables Used"] = [c => new NoUnusedVariablesRule(c)],
        ["All Variable Usages Are Allowed"] = [c => new VariablesInAllowedPositionRule(c)],
    };

    private static readonly List<(string Kind, string Section, string Text)> Examples = ReadExamples();

    public static TheoryData<int> ExampleIndices { get; } = [.. Enumerable.Range(0, Examples.Count)];

    [Theory]
    [MemberData(nameof(ExampleIndices))]
    public void Validate_SpecExample_PassesOrFailsItsSectionRule(int index)
    {
        var (kind, section, text) = Examples[index];
        var schema = section == "Operation Type Existence" ? HelloSchema : SpecSchema;
        var errors = Validator.Validate(schema, Parse(text), new ValidationOptions { Rules = RulesBySection[section] });

        if (kind == "example")
        {
            Describe(errors).ShouldBeEmpty($"{section} example:\n{text}");
        }
        else
        {
            errors.ShouldNotBeEmpty($"{section} counter-example:\n{text}");
        }
    }

    [Fact]
    public void Examples_EverySectionOfTheValidationChapter_Covered()
    {
        Examples.Count.ShouldBeGreaterThanOrEqualTo(80);
        Examples.Select(e => e.Section).Distinct().ShouldBe(RulesBySection.Keys, ignoreOrder: true);
    }

    private static List<(string Kind, string Section, string Text)> ReadExamples()
    {
        var examples = new List<(string, string, string)>();
        string? kind = null;
        string? section = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in ReadResource("SpecExamples.graphql").Split('\n'))
        {
            if (line.StartsWith("#> ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line[3..].Split(" | ");
                (kind, section) = (parts[0], parts[1]);
            }
            else if (kind is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        Flush();
        return examples;

        void Flush()
        {
            if (kind is not null)
            {
                examples.Add((kind, section!, text.ToString()));
            }

            text.Clear();
        }
    }
}
