using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Queries;
using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Applications;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Taxonomy;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;

namespace Cpd.Api.Bench;

/// <summary>The benchmark host's plain endpoints.</summary>
internal static class BenchEndpoints
{
    /// <summary>Seeds the population (once) and describes it.</summary>
    public static async Task<IResult> SetupAsync(BenchPopulation population) => Results.Json(await population.EnsureAsync().ConfigureAwait(false));

    /// <summary>
    /// progressionCheck without GraphQL: the same access check (<see cref="AccessPolicy"/>), the same plan cache, the same
    /// career loading (<see cref="CareerLoader"/>) and evaluation, the report written as JSON with System.Text.Json.
    /// </summary>
    public static async Task ProgressionAsync(
        HttpContext http, string memberId, string schemeId, string? asOf, AccessPolicy policy, IDbContextFactory<CpdDbContext> contexts, SchemeVersionPlans plans)
    {
        var cancellationToken = http.RequestAborted;
        if (!GlobalId.TryParse(memberId, "Member", out var member) || !GlobalId.TryParse(schemeId, "Scheme", out var scheme))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var date = policy.Now.InUtc().Date;
        if (asOf is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOf);
            if (!parsed.Success)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            date = parsed.Value;
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var version = await db.SchemeVersions.Where(v => v.SchemeId == scheme && v.EffectiveFrom <= date).OrderByDescending(v => v.Number)
                .Select(v => new { v.Id, v.Scheme!.BodyId }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (!policy.CanCheckProgressionFor(version.BodyId) || !await policy.CanReadMemberAsync(member, cancellationToken).ConfigureAwait(false))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            var compiled = (await plans.GetAsync(db, version.Id, cancellationToken).ConfigureAwait(false))!;
            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            var career = await db.LoadCareerAsync(member, taxonomy, cancellationToken).ConfigureAwait(false);
            if (career is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var report = compiled.Plan.Evaluate(career, date);
            http.Response.ContentType = "application/json";
            await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
            EligibilityReportJson.Write(writer, report);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
