using System.Text.Json;
using Cpd.Api.Tests.Support;

namespace Cpd.Api.Tests.Auth.Matrix;

/// <summary>
/// How the matrix exercises one field: a document, its variables (made per run, so a run may seed what it needs), the
/// path of the field in the response, and an optional subject: text (a global id, a marker) whose presence in the
/// field's value means the caller was shown the subject (ALLOW) and whose absence, without an error, means it was
/// filtered out (FILTERED). Mutations are judged by their payload's <c>errors</c>.
/// <code>
/// ["Query.sectors"] = MatrixProbe.Query("{ sectors { code } }"),
/// ["Member.reflections"] = MatrixProbe.Query("query($id: ID!) { member(id: $id) { reflections { id } } }", run => new { id = run.Id("Member", "ann") }, "member", "reflections")
///     with { Subject = run => run.Id("Reflection", "ann-shared") },
/// ["Mutation.addSector"] = MatrixProbe.Mutation("mutation($input: AddSectorInput!) { addSector(input: $input) { errors { code } } }",
///     run => new { input = new { code = "matrix-" + run.Unique, name = "Matrix" } }),
/// </code>
/// </summary>
internal sealed record MatrixProbe(string Document, Func<MatrixRun, Task<object?>> Variables, IReadOnlyList<string> Path, bool IsMutation)
{
    private static readonly Func<MatrixRun, Task<object?>> NoVariables = _ => Task.FromResult<object?>(null);

    /// <summary>What must appear in the field's value for ALLOW (and must not for FILTERED); null: any non-null value is ALLOW.</summary>
    public Func<MatrixRun, string>? Subject { get; init; }

    /// <summary>A query probe; <paramref name="path"/> defaults to the first field of the document, which is the probed root field.</summary>
    public static MatrixProbe Query(string document, Func<MatrixRun, object?>? variables = null, params string[] path) =>
        new(document, variables is null ? NoVariables : run => Task.FromResult(variables(run)), path, IsMutation: false);

    /// <summary>A query probe whose variables need seeding.</summary>
    public static MatrixProbe Query(string document, Func<MatrixRun, Task<object?>> variables, params string[] path) =>
        new(document, variables, path, IsMutation: false);

    /// <summary>
    /// A mutation probe: ALLOW when its payload has no errors, DENY when they are FORBIDDEN, UNAUTHENTICATED (anonymous) or
    /// NOT_FOUND (someone else's record) and nothing was written. Select <c>errors { code }</c>.
    /// </summary>
    public static MatrixProbe Mutation(string document, Func<MatrixRun, object?> variables) =>
        new(document, run => Task.FromResult(variables(run)), [], IsMutation: true);

    /// <summary>A mutation probe whose variables need seeding (a fresh object to change, per run).</summary>
    public static MatrixProbe Mutation(string document, Func<MatrixRun, Task<object?>> variables) =>
        new(document, variables, [], IsMutation: true);

    /// <summary>The outcome a response shows: ALLOW, DENY or FILTERED, or a description of anything else (which never matches a row).</summary>
    /// <param name="response">The response.</param>
    /// <param name="path">The field's path (the probe's, or the root field's name).</param>
    /// <param name="subject">The subject's text, if the probe has one.</param>
    /// <param name="anonymous">Whether the caller was anonymous (the only one for whom UNAUTHENTICATED is a denial).</param>
    public string Judge(GraphQLResponse response, IReadOnlyList<string> path, string? subject, bool anonymous)
    {
        ArgumentNullException.ThrowIfNull(response);
        var denial = anonymous ? new[] { "UNAUTHENTICATED", "FORBIDDEN" } : ["FORBIDDEN"];
        var codes = response.ErrorCodes;
        if (codes.Any(c => c is null || !denial.Contains(c)))
        {
            return $"ERROR({string.Join(' ', codes.Select(c => c ?? "no code"))}: {response.Body})";
        }

        var value = At(response, path);
        if (IsMutation)
        {
            if (codes.Count > 0)
            {
                return value is null ? "DENY" : $"PARTIAL({response.Body})";
            }

            // Another member's record is NOT_FOUND like a missing one (ids reveal nothing), which is a denial too.
            var userErrors = value!.Value.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
            return userErrors.Count == 0 ? "ALLOW"
                : userErrors.All(c => denial.Contains(c) || c == "NOT_FOUND") ? "DENY"
                : $"USER_ERRORS({string.Join(' ', userErrors)}: {response.Body})";
        }

        if (value is null)
        {
            return codes.Count > 0 ? "DENY" : "FILTERED";
        }

        if (codes.Count > 0)
        {
            // nodes(ids:) answers a denied id with null at its index and an error there.
            return value.Value.ValueKind == JsonValueKind.Array && value.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Null)
                ? "DENY"
                : $"PARTIAL({response.Body})";
        }

        return subject is null || value.Value.GetRawText().Contains(subject, StringComparison.Ordinal) ? "ALLOW" : "FILTERED";
    }

    // The value at the path, or null when it (or anything above it) is null or missing.
    private static JsonElement? At(GraphQLResponse response, IReadOnlyList<string> path)
    {
        if (!response.Json.TryGetProperty("data", out var current))
        {
            return null;
        }

        foreach (var step in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }
}
