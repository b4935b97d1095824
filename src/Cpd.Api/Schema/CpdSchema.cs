using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema;

/// <summary>The one list of the schema's features: a feature adds one line here calling its own <c>Add…</c> method.</summary>
internal static class CpdSchema
{
    public static void AddFeatures(CpdSchemaBuilder schema)
    {
        schema.AddTypeExtension<NodeQueries>();
    }
}
