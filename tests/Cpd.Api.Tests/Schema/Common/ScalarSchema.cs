using System.Text.Json;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Common;

/// <summary>A small schema whose fields take and return the NodaTime scalars, run through the engine (parse, validate, execute).</summary>
internal static class ScalarSchema
{
    private static readonly GraphQLEngine Engine = new(SchemaBuilder.New()
        .AddQueryType<EchoQuery>()
        .AddScalarType(new DateType())
        .AddScalarType(new DateTimeType())
        .AddScalarType(new PeriodType())
        .Build());

    public static async Task<JsonElement> RunAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest(query) { Variables = variables });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    public static string FirstError(this JsonElement result) => result.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static string? FirstErrorCode(this JsonElement result) =>
        result.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public sealed class EchoQuery
    {
        public LocalDate NextDay(LocalDate date) => date.PlusDays(1);

        public Instant HourLater(Instant at) => at.Plus(Duration.FromHours(1));

        public Period Twice(Period period) => period + period;

        public LocalDate? WithDefault(LocalDate? date = null) => date;
    }
}
