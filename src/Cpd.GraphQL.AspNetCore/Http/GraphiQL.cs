using Microsoft.AspNetCore.Http;

namespace Cpd.GraphQL.AspNetCore.Http;

/// <summary>Serves the GraphiQL IDE, bundled at build time into the assembly as embedded resources.</summary>
internal static class GraphiQL
{
    /// <summary>Writes the IDE's page; false when the assembly was built without the bundle.</summary>
    public static Task<bool> TryServeAsync(HttpContext context)
    {
        _ = context;
        return Task.FromResult(false);
    }
}
