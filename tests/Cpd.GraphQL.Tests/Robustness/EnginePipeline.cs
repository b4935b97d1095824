using System.Text.Json;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>
/// Runs a request through the engine as a server would (parse, validate, execute, write JSON) and checks each stage's
/// contract: a rejection is a <see cref="GraphQLError"/> with a message and, where the specification asks for them,
/// locations inside the document; nothing but <see cref="OperationCanceledException"/> (and only for a cancelled
/// token) escapes; every result writes JSON that System.Text.Json reads back in the response's shape. Counts what
/// each stage let through, so that a test can require the generators to reach validation and execution.
/// </summary>
internal sealed class EnginePipeline
{
    private static readonly JsonDocumentOptions ReadBack = new() { MaxDepth = 2048 };

    public int Generated { get; private set; }

    public int Parsed { get; private set; }

    public int Validated { get; private set; }

    public int Executed { get; private set; }

    public int Cancelled { get; private set; }

    public int FieldErrors { get; private set; }

    public override string ToString() =>
        $"generated {Generated:N0}, parsed {Parsed:N0}, validated {Validated:N0}, executed {Executed:N0} " +
        $"(cancelled {Cancelled:N0}, {FieldErrors:N0} field errors)";

    /// <summary>Runs the request; throws, describing the request, when a contract is broken.</summary>
    public bool Run(FuzzCase request) => Describing(request, () =>
    {
        Generated++;
        if (!Parser.TryParse(request.Text, null, out var document, out var syntaxError))
        {
            CheckError(syntaxError!, request.Text, requireLocations: true);
            syntaxError!.Message.ShouldStartWith("Syntax Error: ");
            return;
        }

        Parsed++;
        ValidateAndExecute(request, document!);
    });

    /// <summary>Validates and executes an already parsed document (the parser suite's documents that parse).</summary>
    public bool RunParsed(FuzzCase request, DocumentNode document) => Describing(request, () =>
    {
        Generated++;
        Parsed++;
        ValidateAndExecute(request, document);
    });

    private static bool Describing(FuzzCase request, Action run)
    {
        try
        {
            run();
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"{exception.GetType().Name}: {exception.Message}\n--- request ---\n{request}", exception);
        }
    }

    private void ValidateAndExecute(FuzzCase request, DocumentNode document)
    {
        var schema = request.Target.Schema;
        var errors = Validator.Validate(schema, document);
        foreach (var error in errors)
        {
            // Only the two "Validation aborted." errors name no node.
            CheckError(error, request.Text, requireLocations: !error.Message.EndsWith("Validation aborted.", StringComparison.Ordinal));
            error.Path.ShouldBeNull();
        }

        if (errors.Count > 0)
        {
            return;
        }

        Validated++;
        using var cancellation = new CancellationTokenSource();
        if (request.Cancel == CancelMode.Before)
        {
            cancellation.Cancel();
        }

        var token = request.Cancel == CancelMode.None ? CancellationToken.None : cancellation.Token;
        var executionRequest = new ExecutionRequest(schema, document)
        {
            VariableValues = request.Variables,
            OperationName = request.OperationName,
            RootValue = request.Target.RootValue,
            ContextData = new Dictionary<string, object?>(StringComparer.Ordinal) { [FuzzSchemas.CancellationKey] = cancellation },
        };
        ExecutionResult result;

        // Asynchronous resolvers continue on the thread pool, not on xunit's two-thread context this thread blocks.
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            result = Executor.ExecuteAsync(executionRequest, token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Cancelled++;
            return;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }

        Executed++;
        CheckResult(result, request.Text);
    }

    private void CheckResult(ExecutionResult result, string text)
    {
        if (!result.HasData)
        {
            result.Errors.ShouldNotBeNull().ShouldNotBeEmpty("a result without data is a request error");
        }

        foreach (var error in result.Errors ?? [])
        {
            if (error.Path is { } path)
            {
                // A field error names the field's position and where the field was selected.
                FieldErrors++;
                CheckError(error, text, requireLocations: true);
                path.ShouldNotBeEmpty();
                path[0].ShouldBeOfType<string>();
                path.ShouldAllBe(segment => segment is string || segment is int);
            }
            else
            {
                // Request errors about a variable point at its definition; unknown or ambiguous operations have no place.
                CheckError(error, text, requireLocations: error.Message.StartsWith("Variable \"$", StringComparison.Ordinal));
            }
        }

        var json = result.ToJson();
        using var parsed = JsonDocument.Parse(json, ReadBack);
        var root = parsed.RootElement;
        root.ValueKind.ShouldBe(JsonValueKind.Object);
        root.TryGetProperty("data", out var data).ShouldBe(result.HasData);
        if (result.HasData)
        {
            data.ValueKind.ShouldBeOneOf(JsonValueKind.Object, JsonValueKind.Null);
        }

        if (result.Errors is { Count: > 0 } errors)
        {
            var written = root.GetProperty("errors");
            written.GetArrayLength().ShouldBe(errors.Count);
            foreach (var error in written.EnumerateArray())
            {
                error.GetProperty("message").GetString().ShouldNotBeNullOrEmpty();
            }
        }
        else
        {
            root.TryGetProperty("errors", out _).ShouldBeFalse();
        }
    }

    private static void CheckError(GraphQLError error, string text, bool requireLocations)
    {
        error.Message.ShouldNotBeNullOrWhiteSpace();
        if (requireLocations)
        {
            error.Locations.ShouldNotBeNull($"no locations: {error.Message}").ShouldNotBeEmpty($"no locations: {error.Message}");
        }

        var lines = CountLines(text);
        foreach (var location in error.Locations ?? [])
        {
            location.Line.ShouldBeInRange(1, lines, error.Message);
            location.Column.ShouldBeGreaterThanOrEqualTo(1, error.Message);
        }
    }

    /// <summary>Lines as GraphQL counts them: ended by CRLF, LF or CR.</summary>
    private static int CountLines(string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }
}
