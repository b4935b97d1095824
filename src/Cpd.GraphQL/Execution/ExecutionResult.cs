using System.Text.Json;
using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// The result of a request in the specification's response shape: <c>errors</c> (when any), then <c>data</c> (when
/// execution started), then <c>extensions</c> (when any). A request error (syntax, validation, variable coercion)
/// has errors and no data; a field error that reached the root has <c>data: null</c>.
/// </summary>
public sealed class ExecutionResult
{
    private const int MaxReusedBufferBytes = 1 << 20;

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError>? errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        HasData = hasData;
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
    }

    /// <summary>Whether the response has a <c>data</c> entry (execution started), even if it is <see langword="null"/>.</summary>
    public bool HasData { get; }

    /// <summary>The data: the root object, or <see langword="null"/> when execution did not start or a non-null root field failed.</summary>
    public ResultMap? Data { get; }

    /// <summary>The errors, in the order they were raised; <see langword="null"/> when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>Additional response entries (e.g. tracing); <see langword="null"/> when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A result of execution: data (possibly <see langword="null"/>) and field errors.</summary>
    /// <param name="data">The data, or <see langword="null"/> when a non-null root field failed.</param>
    /// <param name="errors">The field errors.</param>
    /// <param name="extensions">Response extensions.</param>
    /// <returns>The result.</returns>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError>? errors = null, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(true, data, errors, extensions);

    /// <summary>A request error: errors and no data (the request did not parse, validate, or coerce its variables).</summary>
    /// <param name="errors">At least one error.</param>
    /// <param name="extensions">Response extensions.</param>
    /// <returns>The result.</returns>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A request error needs at least one error.", nameof(errors));
        }

        return new(false, null, errors, extensions);
    }

    /// <summary>A copy of this result with response extensions.</summary>
    /// <param name="extensions">The extensions (replacing any).</param>
    /// <returns>The new result.</returns>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) => new(HasData, Data, Errors, extensions);

    /// <summary>Writes the response object as JSON.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResponseWriter.WriteResult(writer, this);
    }

    /// <summary>Writes the response object as UTF-8 JSON to a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the JSON has been flushed.</returns>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new Utf8JsonWriter(stream, ResponseWriter.Options);
        await using (writer.ConfigureAwait(false))
        {
            ResponseWriter.WriteResult(writer, this);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The response as compact JSON text.</summary>
    /// <returns>The JSON.</returns>
    public string ToJson()
    {
        // One buffer per thread, reused: a response is written, decoded to a string, and the buffer is free again.
        var buffer = t_buffer ?? new System.Buffers.ArrayBufferWriter<byte>(4096);
        t_buffer = null;
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, ResponseWriter.Options))
            {
                ResponseWriter.WriteResult(writer, this);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity <= MaxReusedBufferBytes)
            {
                buffer.ResetWrittenCount();
                t_buffer = buffer;
            }
        }
    }

    /// <summary>The response as compact JSON text.</summary>
    /// <returns>The JSON.</returns>
    public override string ToString() => ToJson();
}
