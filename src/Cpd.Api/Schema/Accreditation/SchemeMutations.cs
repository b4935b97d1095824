using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Domain;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>defineScheme</c>: the body's assessors or administrators; the domain's <c>Scheme.Create</c> checks code and name.</summary>
[ExtendObjectType("Mutation")]
public sealed class SchemeMutations
{
    /// <summary>Defines a scheme (without versions) for an accrediting body.</summary>
    [GraphQLDescription("Defines a scheme of an accrediting body (its assessors or administrators). Errors: MALFORMED_ID, NOT_FOUND, INVALID_CODE, ALREADY_EXISTS, REQUIRED, TOO_LONG, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<DefineSchemePayload> DefineSchemeAsync(
        DefineSchemeInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new DefineSchemePayload(null);
        var bodyId = GlobalId.ParseInput(input.BodyId, GraphQLNames.Of<AccreditingBody>(), "bodyId", out var malformed);
        if (DenyUnlessAuthor(policy, bodyId) is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var body = await db.AccreditingBodies.SingleOrDefaultAsync(b => b.Id == bodyId, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "bodyId", $"No AccreditingBody has the id \"{input.BodyId}\"."));
            }

            var id = await ids.NextAsync<SchemeRecord>(db, cancellationToken).ConfigureAwait(false);
            var scheme = Domain.Accreditation.Scheme.Create(id, bodyId, input.Code, input.Name);
            var errors = UserError.From(scheme.Errors).ToList();
            if (scheme.IsSuccess && await db.Schemes.AnyAsync(s => s.Code == input.Code, cancellationToken).ConfigureAwait(false))
            {
                errors.Add(UserError.At(ApiErrorCodes.AlreadyExists, "code", $"A scheme already has the code '{input.Code}'."));
            }

            var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
            if (description?.Length > Lengths.LongText)
            {
                errors.Add(UserError.At(CommonErrors.TooLong, "description", $"The description is longer than {Lengths.LongText} characters."));
            }

            if (errors.Count > 0)
            {
                return input.Reject(rejected, errors);
            }

            var record = new SchemeRecord { Id = id, BodyId = bodyId, Body = body, Code = scheme.Value.Code, Name = scheme.Value.Name, Description = description };
            db.Schemes.Add(record);
            await audit.RecordAsync(db, policy.Caller, "defineScheme", "Scheme", id, $"Scheme {record.Code} '{record.Name}' of {body.Code}", cancellationToken).ConfigureAwait(false);
            return input.Accept(new DefineSchemePayload(mapper.Map<Scheme>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user error refusing a caller who may not author the body's schemes, or null for its assessors and administrators.</summary>
    internal static UserError? DenyUnlessAuthor(AccessPolicy policy, long bodyId) =>
        policy.CanAdminister || policy.CanAuthorSchemesFor(bodyId) ? null
        : policy.DenyUnlessAdministrator() is { Code: ApiErrorCodes.Unauthenticated } anonymous ? anonymous
        : new UserError(ApiErrorCodes.Forbidden, "Only the body's assessors or an administrator may do this.");
}
