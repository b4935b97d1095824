using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Organisations;

/// <summary><c>addOrganisation</c> and <c>updateOrganisation</c>: administrators only; the domain's <c>Organisation.Create</c> decides.</summary>
[ExtendObjectType("Mutation")]
public sealed class OrganisationMutations
{
    /// <summary>Adds an organisation.</summary>
    [GraphQLDescription("Adds an organisation (administrators only). Errors: REQUIRED, TOO_LONG, UNKNOWN_SECTOR, INVALID_PLACE, FORBIDDEN.")]
    public async Task<AddOrganisationPayload> AddOrganisationAsync(
        AddOrganisationInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        [Service] IMapper mapper,
        [Service] IClock clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (policy.DenyUnlessAdministrator() is { } denied)
        {
            return input.Reject(new AddOrganisationPayload(null), denied);
        }

        var rejected = new AddOrganisationPayload(null);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var id = await ids.NextAsync<OrganisationRecord>(db, cancellationToken).ConfigureAwait(false);
            var organisation = Domain.Careers.Organisation.Create(id, input.Name, input.SectorCode, input.PlaceCode, await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false));
            if (!organisation.IsSuccess)
            {
                return input.Reject(rejected, organisation.Errors);
            }

            var record = new OrganisationRecord { Id = id, CreatedAt = clock.GetCurrentInstant() };
            await ApplyAsync(db, record, organisation.Value, cancellationToken).ConfigureAwait(false);
            db.Organisations.Add(record);
            await audit.RecordAsync(db, policy.Caller, "addOrganisation", "Organisation", id, $"Organisation '{record.Name}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(new AddOrganisationPayload(mapper.Map<Organisation>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces an organisation's name, sector and place.</summary>
    [GraphQLDescription("Replaces an organisation's name, sector and place (administrators only). Errors: MALFORMED_ID, NOT_FOUND, REQUIRED, TOO_LONG, UNKNOWN_SECTOR, INVALID_PLACE, FORBIDDEN.")]
    public async Task<UpdateOrganisationPayload> UpdateOrganisationAsync(
        UpdateOrganisationInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (policy.DenyUnlessAdministrator() is { } denied)
        {
            return input.Reject(new UpdateOrganisationPayload(null), denied);
        }

        var id = GlobalId.ParseInput(input.Id, GraphQLNames.Of<Organisation>(), "id", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(new UpdateOrganisationPayload(null), malformed);
        }

        var rejected = new UpdateOrganisationPayload(null);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var record = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "id", $"No organisation has the id \"{input.Id}\"."));
            }

            var organisation = Domain.Careers.Organisation.Create(id, input.Name, input.SectorCode, input.PlaceCode, await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false));
            if (!organisation.IsSuccess)
            {
                return input.Reject(rejected, organisation.Errors);
            }

            await ApplyAsync(db, record, organisation.Value, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(db, policy.Caller, "updateOrganisation", "Organisation", id, $"Organisation '{record.Name}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(new UpdateOrganisationPayload(mapper.Map<Organisation>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies a validated organisation onto its record (the sector by code).</summary>
    private static async Task ApplyAsync(CpdDbContext db, OrganisationRecord record, Domain.Careers.Organisation organisation, CancellationToken cancellationToken)
    {
        record.Name = organisation.Name;
        record.PlaceCode = organisation.PlaceCode;
        record.Sector = await db.Sectors.SingleAsync(s => s.Code == organisation.SectorCode, cancellationToken).ConfigureAwait(false);
        record.SectorId = record.Sector.Id;
    }
}
