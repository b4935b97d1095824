using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>Progression checks: one member (<c>progressionCheck</c>) or many (<c>eligibility</c>) against a scheme version, and the typed requirement tree.</summary>
public static class ProgressionSchema
{
    /// <summary>Adds <c>progressionCheck</c>, <c>eligibility</c>, <c>Scheme.currentVersion</c>, <c>SchemeVersion.requirement</c> and the process-wide plan cache.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddProgression(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Services.AddSingleton<SchemeVersionPlans>();
        return schema
            .AddTypeExtension<ProgressionQueries>()
            .AddTypeExtension<SchemeFields>()
            .AddTypeExtension<SchemeVersionFields>()
            .AddTypeExtension<EligibilityReportFields>()
            .AddTypeExtension<RequirementResultFields>();
    }
}
