using System.Text.Json;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Applications;

/// <summary>The eligibility snapshotted with an application.</summary>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Eligible">Whether the member was eligible.</param>
/// <param name="Summary">The report's summary.</param>
/// <param name="ReportJson">The whole report as JSON.</param>
[GraphQLDescription("The eligibility report taken when applying: the date, whether eligible, the summary, and the whole report as JSON (the fields of EligibilityReport and RequirementResult; evidence as experience database ids).")]
public sealed record ApplicationSnapshot(LocalDate AsOf, bool Eligible, string Summary, string ReportJson)
{
    /// <summary>The snapshot of a stored application.</summary>
    internal static ApplicationSnapshot From(string json, LocalDate appliedOn)
    {
        var snapshot = EligibilityReportJson.ReadSnapshot(json, 0, 0, appliedOn);
        return new ApplicationSnapshot(snapshot.AsOf, snapshot.Eligible, snapshot.Summary, IsJson(json) ? json : "{}");
    }

    private static bool IsJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
