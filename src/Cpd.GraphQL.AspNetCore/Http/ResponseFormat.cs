namespace Cpd.GraphQL.AspNetCore.Http;

/// <summary>The media type a response is written in, chosen from the request's <c>Accept</c> header.</summary>
internal enum ResponseFormat
{
    /// <summary><c>application/json</c>: GraphQL errors are answered with 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: a response without data is answered with 4xx.</summary>
    GraphQLResponse,
}
