using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Workforce;
using Cpd.GraphQL.AspNetCore;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Workforce;

/// <summary>A full request of <see cref="WorkforceSync.MaxRows"/> rows against the HTTP body limit.</summary>
public sealed partial class WorkforceMutationsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>A request of realistic rows with long names, emails and roles, as an HR extract has them.</summary>
    private static byte[] LongRowsRequest(int count, string prefix)
    {
        var rows = Enumerable.Range(0, count).Select(i => Row(
            $"{prefix}-{i:D8}",
            $"Alexandra Catherine Montgomery-Fitzwilliam {i}",
            $"alexandra.montgomery-fitzwilliam.{i}@northshire-community-healthcare.nhs.example",
            $"NMC-{prefix}-{i:D8}",
            role: "Senior Clinical Nurse Specialist, Adult Safeguarding and Mental Capacity Act",
            fte: 0.8m)).ToArray();
        return JsonSerializer.SerializeToUtf8Bytes(new { query = Sync, variables = new { input = new { rows } } }, Web);
    }

    private async Task<(HttpStatusCode Status, string Body)> PostRawAsync(byte[] body, string key, string? idempotencyKey = null, bool chunked = false)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, world.Api.Endpoint) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.TransferEncodingChunked = chunked;
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await world.Api.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SyncWorkforce_FullRequestOfLongRows_IsAcceptedOverHttp()
    {
        var body = LongRowsRequest(WorkforceSync.MaxRows, "size");
        body.LongLength.ShouldBeGreaterThan(new GraphQLServerOptions().MaxRequestBodySize * 3 / 2, "a full request is well above the engine's default limit");

        var (status, text) = await PostRawAsync(body, world.HrA);

        status.ShouldBe(HttpStatusCode.OK, text);
        var rows = JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("syncWorkforce").GetProperty("rows");
        rows.GetArrayLength().ShouldBe(WorkforceSync.MaxRows);
        rows.EnumerateArray().ShouldAllBe(r => r.GetProperty("status").GetString() == "CREATED");
        (await world.Api.ReadAsync(db => db.MemberExternalIds.CountAsync(x => x.ExternalId.StartsWith("size-")))).ShouldBe(WorkforceSync.MaxRows);
    }

    [Fact]
    public void MaxRequestBodySize_FullRequestWithEveryFieldAtItsLongest_FitsWithMargin()
    {
        var rows = Enumerable.Range(0, WorkforceSync.MaxRows).Select(i => Row(
            i.ToString("D8", null).PadRight(200, 'x'),
            new string('n', 200),
            new string('e', 300) + "@example.org".PadLeft(20, 'e'),
            i.ToString("D8", null).PadRight(200, 'r'),
            GlobalId.Format("Member", 9_000_000_000_000 + i),
            role: new string('r', 200),
            profession: "general-management",
            end: "2026-12-31",
            fte: 0.3333m)).ToArray();

        var size = JsonSerializer.SerializeToUtf8Bytes(new { query = Sync, variables = new { input = new { rows } } }, Web).LongLength;

        size.ShouldBeLessThan(WorkforceSync.MaxRequestBodySize / 2, $"{size} bytes");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true)]
    [InlineData("too-large-1", false)]
    [InlineData("too-large-2", true)]
    public async Task SyncWorkforce_BodyAboveTheLimit_IsRefusedWith413AndWritesNothing(string? idempotencyKey, bool chunked)
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"mutation { __typename }\",\"variables\":{\"pad\":\"" + new string(' ', (int)WorkforceSync.MaxRequestBodySize) + "\"}}");
        var audits = await world.Api.ReadAsync(db => db.AuditEntries.CountAsync());

        var (status, text) = await PostRawAsync(body, world.HrA, idempotencyKey, chunked);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge, text);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe(HttpErrorCodes.PayloadTooLarge);
        error.GetProperty("message").GetString().ShouldBe($"The request body is larger than the limit of {WorkforceSync.MaxRequestBodySize} bytes.");
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync())).ShouldBe(audits);
    }
}
