using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cpd.Api.Operations;

/// <summary>
/// Writes a health report as JSON: <c>{"status":"Healthy","durationMs":3.1,"checks":{"database":{"status":"Healthy","durationMs":2.9}}}</c>.
/// A failing check names the exception's type and its description, never its message (which may hold connection details).
/// </summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(context.Response.Body);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            writer.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
            writer.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", entry.Status.ToString());
                writer.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
                if (entry.Description is { } description)
                {
                    writer.WriteString("description", description);
                }

                if (entry.Exception is { } exception)
                {
                    writer.WriteString("error", exception.GetType().Name);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
