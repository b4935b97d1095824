using System.Net.Mail;
using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using Cpd.Domain;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using DomainAttestation = Cpd.Domain.Experiences.Attestation;
using DomainAttestationRequest = Cpd.Domain.Experiences.AttestationRequest;

namespace Cpd.Api.Schema.Experiences;

/// <summary>
/// Attestation: <c>attestExperience</c> (a host organisation's HR system attests, an assessor with access verifies),
/// <c>requestAttestation</c> (the member asks a named outsider through a single-use link) and <c>attestWithToken</c> (that
/// outsider answers, without an API key). The domain's <see cref="DomainAttestation"/> and
/// <see cref="DomainAttestationRequest"/> decide what is valid.
/// </summary>
public sealed partial class ExperienceMutations
{
    /// <summary>The validity of a link when the member gives none.</summary>
    public static readonly Period DefaultLinkValidity = Period.FromDays(14);

    private const string LinkInvalidMessage = "This attestation link is not valid: it may be mistyped, already used or expired. Ask the member for a new link.";

    /// <summary>Confirms or disputes an experience as its host's HR system or as an assessor.</summary>
    [GraphQLDescription("Confirms or disputes an experience: the HR system of its host organisation attests it (HOST_ORGANISATION, ATTESTED); an assessor of a body with access to its member verifies it (ASSESSOR, VERIFIED). " +
        "A DISPUTED outcome is recorded but raises nothing. One attestation per attestor (organisation or body) per experience. " +
        "Errors: MALFORMED_ID, FORBIDDEN (also for an id that names no experience you may attest, so that ids reveal nothing), ALREADY_WITHDRAWN, ALREADY_EXISTS, TOO_LONG, UNAUTHENTICATED.")]
    public async Task<AttestExperiencePayload> AttestExperienceAsync(AttestExperienceInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new AttestExperiencePayload(null, null);
        var caller = policy.Caller;
        var method = caller.Role switch
        {
            CallerRole.HrSystem => AttestationMethod.HostOrganisation,
            CallerRole.Assessor => AttestationMethod.Assessor,
            _ => (AttestationMethod?)null,
        };
        if (policy.DenyUnless(method is not null, "Only the HR system of the host organisation, or an assessor with access to the member, may attest an experience.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var id = GlobalId.ParseInput(input.ExperienceId, GraphQLNames.Of<Experience>(), "experienceId", out var malformed);
        var (comment, tooLong) = Comment(input.Comment);
        if ((malformed ?? tooLong) is { } invalid)
        {
            return input.Reject(rejected, invalid);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var record = await LoadForOutputAsync(db, id, cancellationToken).ConfigureAwait(false);
            var allowed = record is not null && (method == AttestationMethod.HostOrganisation
                ? policy.CanAttestAsHost(record)
                : await policy.CanVerifyExperienceAsync(record, cancellationToken).ConfigureAwait(false));
            if (!allowed)
            {
                return input.Reject(rejected, new UserError(ApiErrorCodes.Forbidden, "You may not attest this experience: it is not hosted by your organisation, or your body has no access to its member."));
            }

            if (record!.WithdrawnAt is not null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.AlreadyWithdrawn, "experienceId", "The member withdrew this experience; it cannot be attested."));
            }

            var (name, reference) = await AttestorAsync(db, caller, cancellationToken).ConfigureAwait(false);
            if (record.Attestations.Exists(a => a.Method == method && a.AttestorReference == reference))
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.AlreadyExists, "experienceId", "You have already attested this experience."));
            }

            var attestation = DomainAttestation.Create(method!.Value, name, reference, clock);
            if (!attestation.IsSuccess)
            {
                return input.Reject(rejected, attestation.Errors);
            }

            var row = await AddAttestationAsync(db, ids, record, attestation.Value, input.Outcome, comment, caller.KeyId, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(db, caller, "attestExperience", "Experience", record.Id,
                $"{input.Outcome.ToString().ToUpperInvariant()} as {method} by '{name}' ({reference}): {record.Kind} '{record.Title}'", cancellationToken).ConfigureAwait(false);
            var readable = await policy.CanReadExperienceAsync(record.Id, cancellationToken).ConfigureAwait(false);
            return input.Accept(new AttestExperiencePayload(mapper.Map<Attestation>(row), readable ? mapper.Map<Experience>(record) : null));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Issues a single-use attestation link for one of the caller's experiences.</summary>
    [GraphQLDescription("Asks a named person outside the system (e.g. a host supervisor) to confirm one of your experiences: issues a single-use link bound to their e-mail address, valid for validFor (default P14D, at most P90D). " +
        "The token and link are in this response only; the API stores just the token's SHA-256 hash. " +
        "Errors: MALFORMED_ID, NOT_FOUND, ALREADY_WITHDRAWN, REQUIRED, TOO_LONG, INVALID_EMAIL, LINK_VALIDITY_OUT_OF_RANGE, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<RequestAttestationPayload> RequestAttestationAsync(RequestAttestationInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, [Service] IOptions<AttestationLinkOptions> links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(links);
        var rejected = new RequestAttestationPayload(null, null, null, null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanRequestAttestation(memberId), "Only a member may ask for attestation of their own experiences.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var id = GlobalId.ParseInput(input.ExperienceId, GraphQLNames.Of<Experience>(), "experienceId", out var malformed);
        var badEmail = input.AttestorEmail is { Length: > 0 and <= Lengths.Email } email && !IsEmailAddress(email)
            ? UserError.At(ApiErrorCodes.InvalidEmail, "attestorEmail", "attestorEmail must be an e-mail address such as name@example.org.")
            : null;
        if ((malformed ?? badEmail) is { } invalid)
        {
            return input.Reject(rejected, invalid);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var (record, missing) = await FindOwnAsync(db, id, memberId, input.ExperienceId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, missing! with { Field = FieldPath.Split("experienceId") });
            }

            var requestId = await ids.NextAsync<AttestationRequestRecord>(db, cancellationToken).ConfigureAwait(false);
            var issued = DomainAttestationRequest.Issue(requestId, record.Id, input.AttestorName ?? "", input.AttestorEmail ?? "",
                ValidityOf(input.ValidFor ?? DefaultLinkValidity, clock.GetCurrentInstant()), clock);
            if (!issued.IsSuccess)
            {
                return input.Reject(rejected, issued.Errors);
            }

            var request = issued.Value;
            var (token, hash) = SecretTokens.Create();
            var row = new AttestationRequestRecord
            {
                Id = request.Id, ExperienceId = record.Id, AttestorName = request.AttestorName, AttestorEmail = request.AttestorEmail,
                TokenHash = hash, IssuedAt = request.IssuedAt, ExpiresAt = request.ExpiresAt, IssuedByKeyId = policy.Caller.KeyId,
            };
            row.Experience = record;
            db.AttestationRequests.Add(row);
            await audit.RecordAsync(db, policy.Caller, "requestAttestation", "AttestationRequest", row.Id,
                $"Link for {record.Kind} '{record.Title}' to '{row.AttestorName}' <{row.AttestorEmail}>, expires {row.ExpiresAt}", cancellationToken).ConfigureAwait(false);
            return input.Accept(new RequestAttestationPayload(mapper.Map<AttestationRequest>(row), token, links.Value.LinkFor(token), row.ExpiresAt));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Confirms or disputes an experience through a link, without an API key.</summary>
    [GraphQLDescription("Confirms or disputes an experience through the link its member sent you; needs no API key. Works once per link, before it expires. " +
        "An unknown, mistyped, used or expired token, or one whose experience was withdrawn, is refused with LINK_INVALID and always the same message, so that tokens cannot be probed. " +
        "Errors: LINK_INVALID, REQUIRED, TOO_LONG (attestorName at most 200 characters, comment at most 2,000).")]
    public async Task<AttestWithTokenPayload> AttestWithTokenAsync(AttestWithTokenInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new AttestWithTokenPayload(null);
        var invalidLink = new UserError(ApiErrorCodes.LinkInvalid, LinkInvalidMessage, FieldPath.Split("token"));
        if (!SecretTokens.TryHash(input.Token, out var hash))
        {
            return input.Reject(rejected, invalidLink);
        }

        var (comment, tooLong) = Comment(input.Comment);
        var signed = DomainAttestation.Create(AttestationMethod.ExternalLink, input.AttestorName ?? "", null, clock);
        var errors = new List<UserError>(signed.IsSuccess ? [] : UserError.From(signed.Errors));
        if (tooLong is not null)
        {
            errors.Add(tooLong);
        }

        if (errors.Count > 0)
        {
            return input.Reject(rejected, errors);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var request = await db.AttestationRequests.Include(r => r.Experience)
                .SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken).ConfigureAwait(false);
            if (request is null || !SecretTokens.Matches(request.TokenHash, hash) || request.Experience!.WithdrawnAt is not null)
            {
                return input.Reject(rejected, invalidLink);
            }

            var stored = DomainAttestationRequest.Restore(request.Id, request.ExperienceId, request.AttestorName, request.AttestorEmail,
                request.IssuedAt, request.ExpiresAt, request.RedeemedAt);
            var redemption = stored.IsSuccess ? stored.Value.Redeem(clock) : Result.Failure<AttestationRedemption>(stored.Errors);
            // Only one use wins, even when two arrive together: the row is claimed by a conditional update in this transaction.
            if (!redemption.IsSuccess || await ClaimAsync(db, request.Id, redemption.Value.Request.UsedAt!.Value, cancellationToken).ConfigureAwait(false) == 0)
            {
                return input.Reject(rejected, invalidLink);
            }

            var experience = request.Experience;
            var row = await AddAttestationAsync(db, ids, experience, redemption.Value.Attestation, input.Outcome, comment, null, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(db, policy.Caller, "attestWithToken", "Experience", experience.Id,
                $"{input.Outcome.ToString().ToUpperInvariant()} through the link issued to '{request.AttestorName}' <{request.AttestorEmail}>, signed '{signed.Value.AttestorName}': {experience.Kind} '{experience.Title}'",
                cancellationToken).ConfigureAwait(false);
            return input.Accept(new AttestWithTokenPayload(mapper.Map<Attestation>(row)));
        }, cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> ClaimAsync(CpdDbContext db, long requestId, Instant usedAt, CancellationToken cancellationToken) =>
        db.AttestationRequests.Where(r => r.Id == requestId && r.RedeemedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RedeemedAt, usedAt), cancellationToken);

    /// <summary>An experience with what its output needs, tracked.</summary>
    private static Task<ExperienceRecord?> LoadForOutputAsync(CpdDbContext db, long id, CancellationToken cancellationToken) =>
        db.Experiences
            .Include(x => x.Profession).Include(x => x.CounterpartSector).Include(x => x.CounterpartProfession).Include(x => x.Attestations)
            .Include(x => x.HostOrganisation).ThenInclude(o => o!.Sector)
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);

    /// <summary>Who attests for an HR system (its organisation) or an assessor (its body): the name and a global id as the reference.</summary>
    private static async Task<(string Name, string Reference)> AttestorAsync(CpdDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.Role == CallerRole.HrSystem)
        {
            var organisationId = caller.OrganisationId.GetValueOrDefault();
            var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
            return (name, GlobalId.Format(GraphQLNames.Of<Organisation>(), organisationId));
        }

        var bodyId = caller.BodyId.GetValueOrDefault();
        var body = await db.AccreditingBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        return (body, GlobalId.Format(GraphQLNames.Of<AccreditingBody>(), bodyId));
    }

    private static async Task<AttestationRecord> AddAttestationAsync(CpdDbContext db, IdAllocator ids, ExperienceRecord experience, DomainAttestation attestation,
        AttestationOutcome outcome, string? comment, long? keyId, CancellationToken cancellationToken)
    {
        var row = new AttestationRecord
        {
            Id = await ids.NextAsync<AttestationRecord>(db, cancellationToken).ConfigureAwait(false),
            ExperienceId = experience.Id,
            Level = attestation.Level,
            Method = attestation.Method,
            Outcome = outcome,
            AttestorName = attestation.AttestorName,
            AttestorReference = attestation.AttestorReference,
            Comment = comment,
            At = attestation.AttestedAt,
            ActorKeyId = keyId,
        };
        db.Attestations.Add(row);
        experience.Attestations.Add(row);
        return row;
    }

    /// <summary>A comment trimmed (blank is none), or TOO_LONG.</summary>
    private static (string? Comment, UserError? TooLong) Comment(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : text.Length > Lengths.LongText ? (null, UserError.At(CommonErrors.TooLong, "comment", $"comment must be at most {Lengths.LongText} characters."))
        : (text.Trim(), null);

    /// <summary>The duration a link's period gives from now (a calendar period such as P1M counts from today); an absurd period is out of range.</summary>
    private static Duration ValidityOf(Period period, Instant now)
    {
        try
        {
            return now.InUtc().LocalDateTime.Plus(period).InUtc().ToInstant() - now;
        }
        catch (ArgumentOutOfRangeException)
        {
            return DomainAttestationRequest.MaxValidity + Duration.FromDays(1);
        }
        catch (OverflowException)
        {
            return DomainAttestationRequest.MaxValidity + Duration.FromDays(1);
        }
    }

    private static bool IsEmailAddress(string text) =>
        MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim() && address.Host.Contains('.', StringComparison.Ordinal);
}
