using System.Text;

namespace Cpd.GraphQL.Errors;

/// <summary>
/// An error in the shape of the GraphQL response's <c>errors</c> entries: a message, the source
/// locations it refers to, the response path of the field it happened in, and extensions.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">The human-readable description; never empty.</param>
    /// <param name="locations">The source locations the error refers to, if any.</param>
    /// <param name="path">The response path (field names and list indices), for field errors.</param>
    /// <param name="extensions">Additional entries (e.g. a <c>code</c>), if any.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path is { Count: > 0 } ? path : null;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
    }

    /// <summary>The human-readable description.</summary>
    public string Message { get; }

    /// <summary>The source locations the error refers to; null when there are none.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (strings for field names, ints for list indices); null when none.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional entries such as a <c>code</c>; null when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>
    /// The error as the spec's JSON shape: <c>message</c>, then <c>locations</c> (a list of
    /// <c>{ line, column }</c>), <c>path</c> and <c>extensions</c> when present.
    /// </summary>
    /// <returns>An ordered dictionary ready for a JSON serializer.</returns>
    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var result = new Dictionary<string, object?>(4, StringComparer.Ordinal) { ["message"] = Message };
        if (Locations is not null)
        {
            var locations = new List<IReadOnlyDictionary<string, object?>>(Locations.Count);
            foreach (var location in Locations)
            {
                locations.Add(new Dictionary<string, object?>(2, StringComparer.Ordinal)
                {
                    ["line"] = location.Line,
                    ["column"] = location.Column,
                });
            }

            result["locations"] = locations;
        }

        if (Path is not null)
        {
            result["path"] = Path;
        }

        if (Extensions is not null)
        {
            result["extensions"] = Extensions;
        }

        return result;
    }

    /// <summary>The message followed by the locations, e.g. <c>Syntax Error: Unexpected "}". (1:7)</c>.</summary>
    /// <returns>A one-line description for logs and test output.</returns>
    public override string ToString()
    {
        if (Locations is null)
        {
            return Message;
        }

        var builder = new StringBuilder(Message);
        builder.Append(" (");
        for (var i = 0; i < Locations.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(Locations[i].ToString());
        }

        return builder.Append(')').ToString();
    }
}
