using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cpd.GraphQL.AspNetCore.Tests.Support;

/// <summary>Sends GraphQL requests to a <see cref="LoopbackServer"/> and reads the answers.</summary>
internal static class GraphQLClient
{
    public static Task<Answer> PostAsync(this LoopbackServer server, string query, object? variables = null, string? operationName = null, string? accept = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonSerializer.SerializeToNode(variables);
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        return server.PostRawAsync(body.ToJsonString(), accept, cancellationToken);
    }

    public static async Task<Answer> PostRawAsync(this LoopbackServer server, string body, string? accept = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await SendAsync(server, request, cancellationToken);
    }

    public static async Task<Answer> GetAsync(this LoopbackServer server, string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Endpoint, pathAndQuery));
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await SendAsync(server, request, CancellationToken.None);
    }

    public static async Task<Answer> SendAsync(this LoopbackServer server, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await server.Client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType, response.Content.Headers.Allow.ToList(), text);
    }

    internal sealed record Answer(HttpStatusCode Status, MediaTypeHeaderValue? ContentType, IReadOnlyList<string> Allow, string Body)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public string? FirstErrorCode => Json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

        public string? FirstErrorMessage => Json["errors"]?[0]?["message"]?.GetValue<string>();
    }
}
