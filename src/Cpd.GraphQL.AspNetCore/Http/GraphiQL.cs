using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cpd.GraphQL.AspNetCore.Http;

/// <summary>
/// Serves the GraphiQL IDE: a small page, and GraphiQL's script and style sheet, bundled at build time from npm into
/// the assembly (see the project's <c>BundleGraphiQL</c> target), so the IDE works with no internet access.
/// </summary>
internal static class GraphiQL
{
    /// <summary>The query parameter that names an asset of the page: <c>?graphiql=graphiql.js</c>.</summary>
    public const string AssetParameter = "graphiql";

    private static readonly FrozenDictionary<string, Asset> Assets = new Dictionary<string, Asset>(StringComparer.Ordinal)
    {
        ["graphiql.js"] = Load("graphiql.js", "text/javascript; charset=utf-8"),
        ["graphiql.css"] = Load("graphiql.css", "text/css; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly byte[] Page = Encoding.UTF8.GetBytes($$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>GraphiQL</title>
          <link rel="stylesheet" href="?{{AssetParameter}}=graphiql.css&amp;v={{Assets["graphiql.css"].ETag.Trim('"')}}">
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="?{{AssetParameter}}=graphiql.js&amp;v={{Assets["graphiql.js"].ETag.Trim('"')}}"></script>
        </body>
        </html>
        """);

    /// <summary>Writes the IDE's page.</summary>
    public static Task ServePageAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.Body.WriteAsync(Page, context.RequestAborted).AsTask();
    }

    /// <summary>Writes an asset of the page; false when there is no such asset.</summary>
    public static async Task<bool> TryServeAssetAsync(HttpContext context, StringValues name)
    {
        if (name.Count != 1 || name[0] is null || !Assets.TryGetValue(name[0]!, out var asset))
        {
            return false;
        }

        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        await response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(GraphiQL).Assembly.GetManifestResourceStream("GraphiQL." + name)
            ?? throw new InvalidOperationException($"The assembly was built without GraphiQL's {name}; build it with Node.js and npm available.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        return new Asset(content, contentType, "\"" + Convert.ToHexStringLower(SHA256.HashData(content), 0, 12) + "\"");
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
