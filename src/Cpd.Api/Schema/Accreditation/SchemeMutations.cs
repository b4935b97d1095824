using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Serialization;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain;
using Cpd.Domain.Taxonomy;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>defineScheme</c> and <c>publishSchemeVersion</c>: the body's assessors or administrators; the domain's <c>Scheme</c> decides.</summary>
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

    /// <summary>Publishes the next version of a scheme; published versions never change.</summary>
    [GraphQLDescription("Publishes the next version of a scheme (the body's assessors or administrators); versions are numbered 1, 2, … and never change. Errors: MALFORMED_ID, NOT_FOUND, the RULE_… codes of the requirement (field = path into input.requirement), BAD_VALIDITY, EFFECTIVE_BEFORE_PREVIOUS, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<PublishSchemeVersionPayload> PublishSchemeVersionAsync(
        PublishSchemeVersionInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new PublishSchemeVersionPayload(null);
        var schemeId = GlobalId.ParseInput(input.SchemeId, GraphQLNames.Of<Scheme>(), "schemeId", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, policy.DenyUnlessAdministrator() is { Code: ApiErrorCodes.Unauthenticated } anonymous ? anonymous : malformed);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var record = await db.Schemes.Include(s => s.Versions).SingleOrDefaultAsync(s => s.Id == schemeId, cancellationToken).ConfigureAwait(false);
            if (DenyUnlessAuthor(policy, record?.BodyId ?? 0) is { } denied && (record is not null || !policy.Caller.IsAuthenticated))
            {
                return input.Reject(rejected, denied);
            }

            if (record is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "schemeId", $"No Scheme has the id \"{input.SchemeId}\"."));
            }

            var conversion = new List<UserError>();
            var requirement = RequirementInputConverter.ToDomain(input.Requirement, "requirement", conversion);
            if (conversion.Count > 0)
            {
                return input.Reject(rejected, conversion);
            }

            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            var schemeCodes = (await db.Schemes.Select(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var published = Restore(record, taxonomy).Publish(input.EffectiveFrom, input.Validity, requirement, taxonomy, schemeCodes.Contains);
            if (!published.IsSuccess)
            {
                return input.Reject(rejected, published.Errors.Select(e => UserError.At(e.Code, RequirementInputConverter.InputPath(requirement, e.Field), e.Message)).ToList());
            }

            var version = new SchemeVersionRecord
            {
                Id = await ids.NextAsync<SchemeVersionRecord>(db, cancellationToken).ConfigureAwait(false),
                SchemeId = record.Id,
                Number = record.Versions.Count + 1,
                EffectiveFrom = input.EffectiveFrom,
                Validity = input.Validity,
                RequirementJson = RequirementJson.Serialize(requirement),
                PublishedAt = policy.Now,
            };
            db.SchemeVersions.Add(version);
            await audit.RecordAsync(db, policy.Caller, "publishSchemeVersion", "Scheme", record.Id, $"Scheme {record.Code} version {version.Number}", cancellationToken).ConfigureAwait(false);
            return input.Accept(new PublishSchemeVersionPayload(mapper.Map<SchemeVersion>(version)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The domain scheme of a record with its stored versions (already validated when published, so replayed without a scheme-code check).</summary>
    internal static Domain.Accreditation.Scheme Restore(SchemeRecord record, CareerTaxonomy taxonomy)
    {
        var scheme = Domain.Accreditation.Scheme.Create(record.Id, record.BodyId, record.Code, record.Name).Value;
        foreach (var stored in record.Versions.OrderBy(v => v.Number))
        {
            var replayed = scheme.Publish(stored.EffectiveFrom, stored.Validity, RequirementJson.Deserialize(stored.RequirementJson), taxonomy);
            scheme = replayed.IsSuccess ? replayed.Value : scheme;
        }

        return scheme;
    }

    /// <summary>The user error refusing a caller who may not author the body's schemes, or null for its assessors and administrators.</summary>
    internal static UserError? DenyUnlessAuthor(AccessPolicy policy, long bodyId) =>
        policy.DenyUnless(policy.CanAdminister || policy.CanAuthorSchemesFor(bodyId), "Only the body's assessors or an administrator may do this.");
}
