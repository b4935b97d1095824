using System.Text;
using System.Text.Json;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Tests.Validation;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>
/// Documents nested 100,000 levels deep are clean syntax errors, never a stack overflow; documents as deep as the parser
/// allows, and fragment chains far deeper than that, validate and execute without overflowing either.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Levels = 100_000;

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static TheoryData<string, string> DeepDocuments() => new()
    {
        { "selection sets", Repeat("{ a ", Levels) + Repeat("}", Levels) },
        { "inline fragments", "{" + Repeat(" ... {", Levels) + " a" + Repeat(" }", Levels) + " }" },
        { "list values", "{ a(b: " + Repeat("[", Levels) + Repeat("]", Levels) + ") }" },
        { "object values", "{ a(b: " + Repeat("{ c: ", Levels) + "1" + Repeat(" }", Levels) + ") }" },
        { "list types", "query ($v: " + Repeat("[", Levels) + "Int" + Repeat("]!", Levels) + ") { a }" },
        { "schema types", "type T { f: " + Repeat("[", Levels) + "Int" + Repeat("]", Levels) + " }" },
        { "default values", "type T { f(a: Int = " + Repeat("[", Levels) + Repeat("]", Levels) + "): Int }" },
        { "unclosed", Repeat("{ a ", Levels) },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Parse_NestedHundredThousandLevels_ThrowsDepthError(string shape, string text)
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text), shape);

        exception.Error.Message.ShouldBe("Syntax Error: Document is nested deeper than 128 levels. Parsing aborted.");
    }

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Parse_NestedHundredThousandLevelsWithoutDepthLimit_StillThrowsInsteadOfOverflowing(string shape, string text)
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue };

        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text, options), shape);

        exception.Error.Message.ShouldStartWith("Syntax Error: Document is nested deeper than ");
    }

    [Fact]
    public void Parse_DeepDocumentOnASmallStack_ThrowsInsteadOfOverflowing()
    {
        Exception? caught = null;
        var thread = new Thread(
            () => caught = Record.Exception(() => Parser.Parse(Repeat("{ a ", Levels) + Repeat("}", Levels), new ParserOptions { MaxDepth = int.MaxValue })),
            maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        caught.ShouldBeOfType<GraphQLSyntaxException>();
    }

    [Fact]
    public void ParseValueAndType_NestedHundredThousandLevels_ThrowDepthErrors()
    {
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseValue(Repeat("[", Levels) + Repeat("]", Levels)));
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseConstValue(Repeat("{a:", Levels) + "1" + Repeat("}", Levels)));
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseType(Repeat("[", Levels) + "Int" + Repeat("]", Levels)));
    }

    [Fact]
    public void TryParse_NestedHundredThousandLevels_ReturnsTheError()
    {
        Parser.TryParse(Repeat("{ a ", Levels), null, out var document, out var error).ShouldBeFalse();

        document.ShouldBeNull();
        error!.Locations.ShouldBe([new SourceLocation(1, 4 * 128 + 1)]);
    }

    /// <summary>A dog that is its own mother: any depth of <c>mother</c> selections has data.</summary>
    private static Dictionary<string, object?> SelfMotheringDogRoot()
    {
        var dog = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = "Dog", ["name"] = "Odie" };
        dog["mother"] = dog;
        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["dog"] = dog };
    }

    /// <summary><c>{ dog { ...F0 } }</c> and fragments that each spread the next, inside a <c>mother</c> selection when nested.</summary>
    private static string FragmentChain(int fragments, bool nested)
    {
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < fragments; i++)
        {
            var next = i == fragments - 1 ? "name" : nested ? $"mother {{ ...F{i + 1} }}" : $"...F{i + 1}";
            text.Append("fragment F").Append(i).Append(" on Dog { ").Append(next).Append(" }\n");
        }

        return text.ToString();
    }

    private static ExecutionResult Execute(DocumentNode document) =>
        Executor.ExecuteAsync(new ExecutionRequest(ValidationHarness.Schema, document) { RootValue = SelfMotheringDogRoot() }).AsTask().GetAwaiter().GetResult();

    private static JsonElement ReadJson(ExecutionResult result) => JsonDocument.Parse(result.ToJson(), new JsonDocumentOptions { MaxDepth = 2048 }).RootElement;

    /// <summary>Runs the action on a thread with a small stack, where an unguarded recursion overflows quickly.</summary>
    private static T OnSmallStack<T>(Func<T> action)
    {
        T result = default!;
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = action();
                }
                catch (Exception exception)
                {
                    caught = exception;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        return caught is null ? result : throw new InvalidOperationException("The action failed on the small stack.", caught);
    }

    [Fact]
    public void ValidateAndExecute_SelectionSetsAtTheParsersMaximumDepth_AnswerEveryLevel()
    {
        // 126 levels of mother inside dog inside the operation's braces: 128 selection sets.
        var document = Parser.Parse("{ dog { " + Repeat("mother { ", 126) + "name" + Repeat(" }", 126) + " } }");

        Validator.Validate(ValidationHarness.Schema, document).ShouldBeEmpty();
        var result = Execute(document);

        result.Errors.ShouldBeNull();
        var level = ReadJson(result).GetProperty("data").GetProperty("dog");
        for (var i = 0; i < 126; i++)
        {
            level = level.GetProperty("mother");
        }

        level.GetProperty("name").GetString().ShouldBe("Odie");
    }

    [Fact]
    public void Execute_NestedFragmentChainTenThousandDeep_StopsWithAFieldErrorInsteadOfOverflowing()
    {
        var document = Parser.Parse(FragmentChain(10_000, nested: true));

        Validator.Validate(ValidationHarness.Schema, document).ShouldBeEmpty();
        var result = Execute(document);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("Cannot complete field \"Dog.mother\": the result is nested deeper than 512 levels or than the stack allows.");
        error.Path!.Count.ShouldBe(513);
        error.Locations.ShouldNotBeNull().ShouldNotBeEmpty();
        ReadJson(result).GetProperty("data").GetProperty("dog").GetProperty("mother").ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public void Execute_NestedFragmentChainOnASmallStack_StopsWithAFieldErrorInsteadOfOverflowing()
    {
        var document = Parser.Parse(FragmentChain(5_000, nested: true));

        var result = OnSmallStack(() => Execute(document));

        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Cannot complete field \"Dog.mother\": the result is nested deeper than");
        ReadJson(result).GetProperty("data").GetProperty("dog").ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public void Execute_FlatFragmentChainTwentyThousandLongOnASmallStack_CollectsTheLastFragmentsField()
    {
        var document = Parser.Parse(FragmentChain(20_000, nested: false), new ParserOptions { MaxDocumentLength = int.MaxValue, MaxTokens = int.MaxValue });

        var result = OnSmallStack(() => Execute(document));

        result.Errors.ShouldBeNull();
        result.ToJson().ShouldBe("""{"data":{"dog":{"name":"Odie"}}}""");
    }

    [Fact]
    public void ValidateAndExecute_NestedFragmentChainThirtyThousandLongOnASmallStack_AnswerWithAnErrorInsteadOfOverflowing()
    {
        var document = Parser.Parse(FragmentChain(30_000, nested: true), new ParserOptions { MaxDocumentLength = int.MaxValue, MaxTokens = int.MaxValue });

        var (errors, result) = OnSmallStack(() =>
        {
            var errors = Validator.Validate(ValidationHarness.Schema, document);
            return (errors, errors.Count == 0 ? Execute(document) : null);
        });

        // Today the validator gives up when the stack runs low; a validator that walks the chain without recursion may accept it.
        if (errors.Count > 0)
        {
            errors.ShouldHaveSingleItem().Message.ShouldBe("Validation aborted.");
        }
        else
        {
            result!.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Cannot complete field \"Dog.mother\": the result is nested deeper than");
        }
    }

    private static object? ListNested(int levels)
    {
        object? value = 1L;
        for (var i = 0; i < levels; i++)
        {
            value = new object?[] { value };
        }

        return value;
    }

    private static ExecutionResult ExecuteLibrary(string query, object? variable) =>
        Executor.ExecuteAsync(new ExecutionRequest(FuzzSchemas.Library.Schema, Parser.Parse(query))
        {
            VariableValues = new Dictionary<string, object?> { ["v"] = variable },
            RootValue = FuzzSchemas.Library.RootValue,
        }).AsTask().GetAwaiter().GetResult();

    [Fact]
    public void Execute_RecursiveInputVariableNestedHundredThousandLevels_IsARequestErrorInsteadOfOverflowing()
    {
        object? filter = new Dictionary<string, object?> { ["title"] = "x" };
        for (var i = 0; i < Levels; i++)
        {
            filter = new Dictionary<string, object?> { ["and"] = new object?[] { filter } };
        }

        var result = OnSmallStack(() => ExecuteLibrary("query ($v: BookFilter) { books(filter: $v) { id } }", filter));

        result.HasData.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("Variable \"$v\" has invalid value: it is nested deeper than 128 levels.");
        error.Locations.ShouldBe([new SourceLocation(1, 8)]);
    }

    [Fact]
    public void Execute_ScalarVariableNestedHundredThousandLevels_IsARequestErrorInsteadOfAnUnwritableResult()
    {
        var result = OnSmallStack(() => ExecuteLibrary("query ($v: Json) { echo(value: $v) }", ListNested(Levels)));

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Variable \"$v\" has invalid value: it is nested deeper than 128 levels.");
        result.ToJson().ShouldStartWith("{\"errors\":");
    }

    [Fact]
    public void Execute_JsonElementVariableJustWithinTheDepthLimit_IsEchoed()
    {
        var json = Repeat("[", 128) + "1" + Repeat("]", 128);
        using var variable = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1000 });

        var result = ExecuteLibrary("query ($v: Json) { echo(value: $v) }", variable.RootElement);

        result.Errors.ShouldBeNull();
        result.ToJson().ShouldBe("{\"data\":{\"echo\":" + json + "}}");
    }

    [Fact]
    public void Execute_ScalarSerializingToAValueNestedHundredThousandLevels_IsAFieldError()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("scalar Json type Query { deep: Json shallow: Json }")
            .AddResolver("Query", "deep", _ => ListNested(Levels))
            .AddResolver("Query", "shallow", _ => ListNested(2))
            .Build();

        var result = OnSmallStack(() => Executor.ExecuteAsync(new ExecutionRequest(schema, Parser.Parse("{ deep shallow }"))).AsTask().GetAwaiter().GetResult());

        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("Expected `Json.coerceOutputValue` to return a value nested at most 128 levels deep.");
        error.Path.ShouldBe(["deep"]);
        result.ToJson().ShouldEndWith("\"data\":{\"deep\":null,\"shallow\":[[1]]}}");
    }
}
