namespace Cpd.GraphQL.AspNetCore.Http;

/// <summary>The media types of GraphQL over HTTP, and the negotiation of the response's.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";

    public const string GraphQLResponse = "application/graphql-response+json";

    public const string JsonUtf8 = "application/json; charset=utf-8";

    public const string GraphQLResponseUtf8 = "application/graphql-response+json; charset=utf-8";

    /// <summary>
    /// Picks the response's media type: the acceptable one with the highest quality (the first on a tie);
    /// <c>*/*</c> and <c>application/*</c> mean JSON, and so does an <c>Accept</c> that names neither (the spec lets a
    /// server answer in JSON rather than refuse with 406).
    /// </summary>
    public static ResponseFormat Negotiate(string? accept)
    {
        if (string.IsNullOrEmpty(accept))
        {
            return ResponseFormat.Json;
        }

        var best = ResponseFormat.Json;
        var bestQuality = 0.0;
        foreach (var range in accept.AsSpan().Split(','))
        {
            var entry = accept.AsSpan(range).Trim();
            var semicolon = entry.IndexOf(';');
            var mediaType = (semicolon < 0 ? entry : entry[..semicolon]).Trim();
            ResponseFormat format;
            if (mediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                format = ResponseFormat.GraphQLResponse;
            }
            else if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                format = ResponseFormat.Json;
            }
            else
            {
                continue;
            }

            var quality = semicolon < 0 ? 1.0 : Quality(entry[(semicolon + 1)..]);
            if (quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether the client asks for HTML (a browser), so a GET without a query gets the IDE.</summary>
    public static bool AcceptsHtml(string? accept) => accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a request's <c>Content-Type</c> is JSON in UTF-8 (no charset means UTF-8).</summary>
    public static bool IsJsonContent(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        var mediaType = (semicolon < 0 ? span : span[..semicolon]).Trim();
        if (!mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (semicolon < 0)
        {
            return true;
        }

        foreach (var range in span[(semicolon + 1)..].Split(';'))
        {
            var parameter = span[(semicolon + 1)..][range].Trim();
            if (parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var charset = parameter["charset=".Length..].Trim().Trim('"');
                return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }

    private static double Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(parameter[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
            {
                return q;
            }
        }

        return 1.0;
    }
}
