using System.Buffers;
using System.Text.Json;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Schema.Applications;

/// <summary>
/// An eligibility report as JSON: what an application snapshots (read back by <see cref="ReadSnapshot"/>), and what the
/// benchmark's plain endpoint returns. Field names follow the GraphQL <c>EligibilityReport</c>/<c>RequirementResult</c>
/// types; evidence are experience database ids.
/// </summary>
public static class EligibilityReportJson
{
    /// <summary>Writes a report.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, EligibilityReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteNumber("memberId", report.MemberId);
        writer.WriteNumber("schemeId", report.SchemeId);
        writer.WriteNumber("versionNumber", report.VersionNumber);
        writer.WriteString("asOf", Iso(report.AsOf));
        writer.WriteBoolean("eligible", report.Eligible);
        WriteDate(writer, "eligibleFrom", report.EligibleFrom);
        WriteDate(writer, "eligibleUntil", report.EligibleUntil);
        WriteDate(writer, "horizonEnd", report.HorizonEnd);
        writer.WriteString("summary", report.Summary);
        writer.WritePropertyName("requirement");
        Write(writer, report.Root);
        writer.WriteEndObject();
    }

    /// <summary>The report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(EligibilityReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, report);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The snapshot kept in a stored report, or a not-eligible empty one when the JSON lacks it (rows stored before reports were).</summary>
    /// <param name="json">The stored JSON.</param>
    /// <param name="schemeId">The scheme applied for.</param>
    /// <param name="versionNumber">The version applied for.</param>
    /// <param name="appliedOn">The application's day.</param>
    /// <returns>The snapshot.</returns>
    public static EligibilitySnapshot ReadSnapshot(string json, long schemeId, int versionNumber, LocalDate appliedOn)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("eligible", out var eligible) && eligible.ValueKind is JsonValueKind.True or JsonValueKind.False
                && root.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.String
                && root.TryGetProperty("asOf", out var asOf) && LocalDatePattern.Iso.Parse(asOf.GetString() ?? "") is { Success: true } date)
            {
                return new EligibilitySnapshot(schemeId, versionNumber, date.Value, eligible.GetBoolean(), summary.GetString()!);
            }
        }
        catch (JsonException)
        {
        }

        return new EligibilitySnapshot(schemeId, versionNumber, appliedOn, false, "");
    }

    private static void Write(Utf8JsonWriter writer, RequirementResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("requirementId", result.RequirementId);
        writer.WriteString("kind", result.NodeName);
        writer.WriteString("description", result.Description);
        writer.WriteString("status", result.IsMet ? "MET" : "NOT_MET");
        writer.WriteNumber("measured", result.Measured);
        writer.WriteNumber("target", result.Target);
        writer.WriteNumber("shortfall", result.Shortfall);
        writer.WriteString("unit", Unit(result.Unit));
        WriteDate(writer, "projectedMetOn", result.ProjectedMetOn);
        writer.WriteStartArray("evidence");
        foreach (var id in result.Evidence)
        {
            writer.WriteNumberValue(id);
        }

        writer.WriteEndArray();
        writer.WriteString("explanation", result.Explanation);
        writer.WriteStartArray("children");
        foreach (var child in result.Children)
        {
            Write(writer, child);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Unit(MeasureUnit unit) => unit switch
    {
        MeasureUnit.FteDays => "FTE_DAYS",
        MeasureUnit.Count => "COUNT",
        MeasureUnit.Hours => "HOURS",
        MeasureUnit.Share => "SHARE",
        _ => "DAYS",
    };

    private static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, Iso(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
