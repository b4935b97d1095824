using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using DomainConnection = Cpd.Domain.Members.Connection;

namespace Cpd.Api.Schema.Connections;

/// <summary>
/// The member's professional contacts (DESIGN.md's connections, <see cref="Contact"/> in the schema): <c>addConnection</c>
/// and <c>removeConnection</c>. Only the member writes them (<see cref="AccessPolicy.CanWriteConnection"/>); the domain's
/// <see cref="DomainConnection"/> checks the name and the taxonomy codes.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ConnectionMutations
{
    /// <summary>Adds a contact of the caller's.</summary>
    [GraphQLDescription("Adds a professional contact (members, for themselves); their sectors count towards networkDiversity. Errors: REQUIRED, TOO_LONG, UNKNOWN_SECTOR, UNKNOWN_PROFESSION, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<AddConnectionPayload> AddConnectionAsync(AddConnectionInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new AddConnectionPayload(null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanWriteConnection(memberId), "Only a member may add their own connections.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var id = await ids.NextAsync<ConnectionRecord>(db, cancellationToken).ConfigureAwait(false);
            var connection = DomainConnection.Create(id, memberId, input.Name ?? "", input.SectorCode ?? "", input.ProfessionCode,
                await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false));
            if (!connection.IsSuccess)
            {
                return input.Reject(rejected, connection.Errors);
            }

            var sector = await db.Sectors.SingleAsync(s => s.Code == connection.Value.SectorCode, cancellationToken).ConfigureAwait(false);
            var profession = connection.Value.ProfessionCode is { } code
                ? await db.Professions.SingleAsync(p => p.Code == code, cancellationToken).ConfigureAwait(false)
                : null;
            var record = new ConnectionRecord
            {
                Id = id, MemberId = memberId, Name = connection.Value.Name, Sector = sector, SectorId = sector.Id, Profession = profession, ProfessionId = profession?.Id,
                CreatedAt = clock.GetCurrentInstant(),
            };
            db.Connections.Add(record);
            await audit.RecordAsync(db, policy.Caller, "addConnection", "Contact", id, $"Connection in {sector.Code}", cancellationToken).ConfigureAwait(false);
            return input.Accept(new AddConnectionPayload(mapper.Map<Contact>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a contact of the caller's.</summary>
    [GraphQLDescription("Removes one of your professional contacts. Errors: MALFORMED_ID, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<RemoveConnectionPayload> RemoveConnectionAsync(RemoveConnectionInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new RemoveConnectionPayload(null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanWriteConnection(memberId), "Only a member may remove their own connections.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var id = GlobalId.ParseInput(input.ConnectionId, GraphQLNames.Of<Contact>(), "connectionId", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            // Another member's contact is NOT_FOUND like a missing one, so that ids reveal nothing.
            var record = await db.Connections.Include(c => c.Sector).SingleOrDefaultAsync(c => c.Id == id && c.MemberId == memberId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "connectionId", $"You have no connection with the id \"{input.ConnectionId}\"."));
            }

            db.Connections.Remove(record);
            await audit.RecordAsync(db, policy.Caller, "removeConnection", "Contact", id, $"Connection in {record.Sector!.Code}", cancellationToken).ConfigureAwait(false);
            return input.Accept(new RemoveConnectionPayload(input.ConnectionId));
        }, cancellationToken).ConfigureAwait(false);
    }
}
