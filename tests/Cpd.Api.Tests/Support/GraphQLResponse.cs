using System.Net;
using System.Text.Json;

namespace Cpd.Api.Tests.Support;

/// <summary>A GraphQL response as <see cref="ApiServer.PostAsync"/> received it, with accessors for assertions.</summary>
public sealed class GraphQLResponse
{
    internal GraphQLResponse(HttpStatusCode status, string body)
    {
        Status = status;
        Body = body;
        Json = JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The raw body (shown by failed assertions).</summary>
    public string Body { get; }

    /// <summary>The whole response.</summary>
    public JsonElement Json { get; }

    /// <summary>The <c>errors</c> entries (empty when there are none).</summary>
    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];

    /// <summary>
    /// The value at a path under <c>data</c>: property names and list indices, e.g. <c>Data("organisations", "nodes", 0, "name")</c>.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <returns>The value (JSON null when the response has null there).</returns>
    public JsonElement Data(params object[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = Json.GetProperty("data");
        foreach (var step in path)
        {
            current = step switch
            {
                int index => current[index],
                string name => current.TryGetProperty(name, out var next) ? next : throw new KeyNotFoundException($"No \"{name}\" in {current} (response: {Body})"),
                _ => throw new ArgumentException("Path steps are property names or list indices.", nameof(path)),
            };
        }

        return current;
    }

    /// <summary>The payload's <c>errors</c> (UserErrors) of a mutation field, as (code, field path joined by dots).</summary>
    /// <param name="mutation">The mutation field's name.</param>
    /// <returns>The user errors.</returns>
    public IReadOnlyList<(string Code, string? Field)> UserErrors(string mutation) =>
        [.. Data(mutation, "errors").EnumerateArray().Select(e => (
            e.GetProperty("code").GetString()!,
            e.GetProperty("field").ValueKind == JsonValueKind.Null ? null : string.Join('.', e.GetProperty("field").EnumerateArray().Select(s => s.GetString()))))];

    /// <summary>Fails with the body unless the response has no <c>errors</c>.</summary>
    public void ShouldHaveNoErrors() => Errors.ShouldBeEmpty(Body);

    /// <inheritdoc/>
    public override string ToString() => Body;
}
