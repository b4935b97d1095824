using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Workforce;

/// <summary><c>syncWorkforce</c>: an organisation's HR system (or an administrator) upserts members and employments.</summary>
[ExtendObjectType("Mutation")]
public sealed class WorkforceMutations
{
    /// <summary>Upserts members and employments by (organisation, external id), in batches of one transaction each.</summary>
    [GraphQLDescription("Upserts an organisation's members and employments by external id (its HR system, or an administrator naming the organisation). Each row is matched by external id; a row with an external id new to the organisation is linked to an existing member only with the linkCode that member created (createEmployerLinkCode, single use; memberId, if also given, must be that member) or by the professionalRegistration of a member the organisation already knows, else it creates a new member. A memberId without a link code is refused (LINK_CODE_REQUIRED), as is the registration of a member the organisation does not know (REGISTRATION_TAKEN); an unknown, expired, used or revoked code is LINK_CODE_INVALID. Each row reports CREATED, UPDATED, UNCHANGED or REJECTED with its errors. At most 5000 rows and 16 MiB (16777216 bytes) of request body per request: send larger extracts in chunks (a larger body is refused with HTTP 413 PAYLOAD_TOO_LARGE). Row errors: the domain's, DUPLICATE_EXTERNAL_ID, MALFORMED_ID, LINK_CODE_REQUIRED, LINK_CODE_INVALID, REGISTRATION_TAKEN. Errors: TOO_MANY_ROWS, MALFORMED_ID, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED.")]
    public async Task<SyncWorkforcePayload> SyncWorkforceAsync(
        SyncWorkforceInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] WorkforceSync sync,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refused = new SyncWorkforcePayload([]);
        if (input.Rows.Count > WorkforceSync.MaxRows)
        {
            return input.Reject(refused, UserError.At(WorkforceErrorCodes.TooManyRows, "rows", $"A request may carry at most {WorkforceSync.MaxRows} rows; it had {input.Rows.Count}. Send the rest in further requests."));
        }

        var organisationId = ResolveOrganisation(input, policy, out var denied);
        if (denied is not null)
        {
            return input.Reject(refused, denied);
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        Domain.Careers.Organisation organisation;
        Domain.Taxonomy.CareerTaxonomy taxonomy;
        await using (db.ConfigureAwait(false))
        {
            var record = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
                .Select(o => new { o.Id, o.Name, SectorCode = o.Sector!.Code, o.PlaceCode }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(refused, UserError.At(ApiErrorCodes.NotFound, "organisationId", $"No organisation has the id \"{input.OrganisationId}\"."));
            }

            taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            organisation = Domain.Careers.Organisation.Create(record.Id, record.Name, record.SectorCode, record.PlaceCode, taxonomy).Unwrap();
        }

        var rows = await sync.RunAsync(input, organisation, taxonomy, policy.Caller, cancellationToken).ConfigureAwait(false);
        return input.Accept(new SyncWorkforcePayload(rows));
    }

    /// <summary>The organisation the caller may sync: an HR system's own, or the one an administrator names.</summary>
    private static long ResolveOrganisation(SyncWorkforceInput input, AccessPolicy policy, out UserError? denied)
    {
        denied = null;
        if (policy.Caller.Role == CallerRole.HrSystem && policy.Caller.OrganisationId is { } own)
        {
            var named = input.OrganisationId is null ? own : GlobalId.ParseInput(input.OrganisationId, GraphQLNames.Of<Organisation>(), "organisationId", out denied);
            denied ??= policy.CanManageWorkforceOf(named) ? null : new UserError(ApiErrorCodes.Forbidden, "An HR system may sync only its own organisation's workforce.");
            return own;
        }

        denied = policy.DenyUnlessAdministrator();
        if (denied is not null)
        {
            return 0;
        }

        if (input.OrganisationId is null)
        {
            denied = UserError.At(ApiErrorCodes.BadUserInput, "organisationId", "An administrator must name the organisation to sync.");
            return 0;
        }

        return GlobalId.ParseInput(input.OrganisationId, GraphQLNames.Of<Organisation>(), "organisationId", out denied);
    }
}
