using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain;
using Cpd.Domain.Members;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Auth;

/// <summary>
/// Makes, revokes and lists API keys. A key is made for one role and the one scope that role needs (a member, an
/// accrediting body, an organisation; none for an admin), which must exist. Its text is returned once; only its prefix
/// and hash are stored. Every change is audited. Wrong requests are results with stable codes (<see cref="AuthErrorCodes"/>,
/// <see cref="CommonErrors"/>), never exceptions.
/// </summary>
public sealed class ApiKeyIssuer(IDbContextFactory<CpdDbContext> contexts, IdAllocator ids, IClock clock, AuditLog auditLog)
{
    /// <summary>Makes a key.</summary>
    /// <param name="request">What the key is for.</param>
    /// <param name="actor">Who asks (audited).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Result<IssuedApiKey>> CreateAsync(ApiKeyRequest request, Caller actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetCurrentInstant();
        var errors = new List<DomainError>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new DomainError(CommonErrors.Required, "name", "A key needs a name saying who or what uses it."));
        }
        else if (name.Length > Member.MaxDisplayNameLength)
        {
            errors.Add(new DomainError(CommonErrors.TooLong, "name", $"A key's name has at most {Member.MaxDisplayNameLength} characters."));
        }

        if (request.ExpiresAt is { } expires && expires <= now)
        {
            errors.Add(new DomainError(AuthErrorCodes.ExpiryInPast, "expiresAt", "A key's expiry must be in the future."));
        }

        if (!CallerRoles.TryParse(request.Role, out var role))
        {
            errors.Add(new DomainError(AuthErrorCodes.InvalidRole, "role",
                $"The role must be one of {string.Join(", ", CallerRoles.Issuable.Select(r => r.ToName()))}."));
            return Result.Failure<IssuedApiKey>(errors);
        }

        CheckScopes(request, role, errors);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var scope = role switch
            {
                CallerRole.Member => request.MemberId,
                CallerRole.Assessor => request.BodyId,
                CallerRole.HrSystem => request.OrganisationId,
                _ => null,
            };
            if (errors.Count == 0 && scope is { } id && !await ScopeExistsAsync(db, role, id, cancellationToken).ConfigureAwait(false))
            {
                errors.Add(new DomainError(AuthErrorCodes.ScopeNotFound, ScopeField(role), $"There is no {ScopeNoun(role)} with id {id}."));
            }

            if (errors.Count > 0)
            {
                return Result.Failure<IssuedApiKey>(errors);
            }

            var token = ApiKeyToken.Generate();
            while (await db.ApiKeys.AnyAsync(k => k.Prefix == token.Prefix, cancellationToken).ConfigureAwait(false))
            {
                token = ApiKeyToken.Generate();
            }

            var record = new ApiKeyRecord
            {
                Id = await ids.NextAsync<ApiKeyRecord>(db, cancellationToken).ConfigureAwait(false),
                Name = name,
                Role = role.ToName(),
                MemberId = role == CallerRole.Member ? scope : null,
                BodyId = role == CallerRole.Assessor ? scope : null,
                OrganisationId = role == CallerRole.HrSystem ? scope : null,
                Prefix = token.Prefix,
                SecretHash = token.Hash(),
                CreatedAt = now,
                ExpiresAt = request.ExpiresAt,
            };
            db.ApiKeys.Add(record);
            var caller = Caller.For(role, scope, name, record.Id);
            await auditLog.RecordAsync(db, actor, "createApiKey", "ApiKey", record.Id, $"API key '{name}' for {caller.Role.ToName()} {caller.ScopeText}".TrimEnd(),
                cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Result.Success(new IssuedApiKey(record.Id, token.Prefix, token.Text, caller));
        }
    }

    /// <summary>Revokes a key at once: the next request with it is refused.</summary>
    /// <param name="keyId">The key's id.</param>
    /// <param name="actor">Who asks (audited).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The key as now stored.</returns>
    public async Task<Result<ApiKeyRecord>> RevokeAsync(long keyId, Caller actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var record = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return Result.Failure<ApiKeyRecord>(AuthErrorCodes.KeyNotFound, "id", $"There is no API key with id {keyId}.");
            }

            if (record.RevokedAt is not null)
            {
                return Result.Failure<ApiKeyRecord>(AuthErrorCodes.KeyRevoked, "id", $"API key {keyId} is already revoked.");
            }

            record.RevokedAt = clock.GetCurrentInstant();
            await auditLog.RecordAsync(db, actor, "revokeApiKey", "ApiKey", record.Id, $"API key '{record.Name}' revoked", cancellationToken)
                .ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Result.Success(record);
        }
    }

    /// <summary>Every key (without secrets, which are not stored), newest first.</summary>
    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void CheckScopes(ApiKeyRequest request, CallerRole role, List<DomainError> errors)
    {
        (CallerRole Role, long? Value)[] scopes =
            [(CallerRole.Member, request.MemberId), (CallerRole.Assessor, request.BodyId), (CallerRole.HrSystem, request.OrganisationId)];
        foreach (var (owner, value) in scopes)
        {
            if (owner == role && value is null)
            {
                errors.Add(new DomainError(AuthErrorCodes.ScopeRequired, ScopeField(owner),
                    $"A {role.ToName()} key needs the {ScopeNoun(owner)} it acts for."));
            }
            else if (owner != role && value is not null)
            {
                errors.Add(new DomainError(AuthErrorCodes.ScopeNotAllowed, ScopeField(owner),
                    $"A {role.ToName()} key takes no {ScopeNoun(owner)}."));
            }
            else if (value is <= 0)
            {
                errors.Add(new DomainError(CommonErrors.InvalidId, ScopeField(owner), $"A {ScopeNoun(owner)} id is a positive number."));
            }
        }
    }

    private static Task<bool> ScopeExistsAsync(CpdDbContext db, CallerRole role, long id, CancellationToken cancellationToken) => role switch
    {
        CallerRole.Member => db.Members.AnyAsync(m => m.Id == id, cancellationToken),
        CallerRole.Assessor => db.AccreditingBodies.AnyAsync(b => b.Id == id, cancellationToken),
        _ => db.Organisations.AnyAsync(o => o.Id == id, cancellationToken),
    };

    /// <summary>The request field that holds a role's scope.</summary>
    internal static string ScopeField(CallerRole role) => role switch
    {
        CallerRole.Member => "memberId",
        CallerRole.Assessor => "bodyId",
        _ => "organisationId",
    };

    private static string ScopeNoun(CallerRole role) => role switch
    {
        CallerRole.Member => "member",
        CallerRole.Assessor => "accrediting body",
        _ => "organisation",
    };
}
