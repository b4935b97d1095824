using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cpd.Api.Schema.Workforce;

/// <summary>The workforce feature's registration.</summary>
public static class WorkforceSchema
{
    /// <summary>Adds <c>syncWorkforce</c>.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddWorkforce(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Services.TryAddSingleton<WorkforceSync>();
        return schema.AddTypeExtension<WorkforceMutations>();
    }
}
