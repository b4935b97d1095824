using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Workforce;

public sealed partial class WorkforceSync
{
    /// <summary>
    /// What one batch needs from the database, read in a few set-based queries: the batch's external ids at the
    /// organisation, the members they, the rows' link codes and registrations point at, which of those members the
    /// organisation already knows, and those members' employments there. Rows created in the batch are remembered so
    /// that later rows of the batch see them.
    /// </summary>
    private sealed class Lookups
    {
        private const string LinkCodeInvalidMessage = "This link code is not valid: it may be mistyped, expired, already used or revoked. Ask the person for a new code (createEmployerLinkCode).";

        private readonly Dictionary<string, long> _external;
        private readonly Dictionary<long, MemberRecord> _members;
        private readonly Dictionary<string, MemberRecord> _registrations;
        private readonly Dictionary<(long MemberId, string ExternalId), EmploymentRecord> _employments;
        private readonly HashSet<long> _linked;
        private readonly List<MemberLinkCodeRecord> _codes;

        private Lookups(Dictionary<string, long> external, List<MemberRecord> members, List<EmploymentRecord> employments, Dictionary<string, long> professionIds,
            HashSet<long> linked, List<MemberLinkCodeRecord> codes)
        {
            _external = external;
            _members = members.ToDictionary(m => m.Id);
            _registrations = members.Where(m => m.ProfessionalRegistration is not null).ToDictionary(m => m.ProfessionalRegistration!, StringComparer.Ordinal);
            _employments = employments.ToDictionary(e => (e.MemberId, e.ExternalRef!));
            _linked = linked;
            _codes = codes;
            ProfessionIds = professionIds;
        }

        public Dictionary<string, long> ProfessionIds { get; }

        public static async Task<Lookups> LoadAsync(CpdDbContext db, Batch batch, Instant now, CancellationToken cancellationToken)
        {
            var organisationId = batch.Organisation.Id;
            var externalIds = batch.Rows.Select(r => r.ExternalId).Distinct().ToList();
            var external = await db.MemberExternalIds.AsNoTracking()
                .Where(x => x.OrganisationId == organisationId && externalIds.Contains(x.ExternalId))
                .ToDictionaryAsync(x => x.ExternalId, x => x.MemberId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var hashes = batch.Rows.Select(r => SecretTokens.TryHash(r.LinkCode, out var hash) ? hash : null).OfType<byte[]>().ToList();
            var codes = hashes.Count == 0 ? [] : await db.MemberLinkCodes.AsNoTracking()
                .Where(c => hashes.Contains(c.CodeHash) && c.UsedAt == null && c.ExpiresAt > now)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var memberIds = external.Values.Concat(codes.Select(c => c.MemberId)).Distinct().ToList();
            var registrations = batch.Rows.Select(r => r.ProfessionalRegistration).OfType<string>().Distinct().ToList();
            var members = await db.Members
                .Where(m => memberIds.Contains(m.Id) || (m.ProfessionalRegistration != null && registrations.Contains(m.ProfessionalRegistration)))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var found = members.Select(m => m.Id).ToList();
            var linked = await db.MemberExternalIds.AsNoTracking()
                .Where(x => x.OrganisationId == organisationId && found.Contains(x.MemberId)).Select(x => x.MemberId)
                .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            var employments = await db.Employments
                .Where(e => e.OrganisationId == organisationId && e.ExternalRef != null && found.Contains(e.MemberId))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var professions = await db.Professions.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            return new Lookups(external, members, employments, professions, [.. linked], codes);
        }

        /// <summary>
        /// The member a row stands for (null for a new one), or null with <paramref name="errors"/> filled. A row whose
        /// external id the organisation does not know yet reaches an existing member only with that member's link code
        /// (<paramref name="code"/>, to consume with the row): a member id alone, or the registration of a member the
        /// organisation does not know, is refused, so that an HR system cannot claim someone else's employee.
        /// </summary>
        public MemberRecord? Match(WorkforceRowInput row, int index, List<UserError> errors, out MemberLinkCodeRecord? code)
        {
            code = null;
            MemberLinkCodeRecord? linkCode = null;
            long given = 0;
            if (row.MemberId is not null)
            {
                given = GlobalId.ParseInput(row.MemberId, MemberType, $"rows[{index}].memberId", out var malformed);
                if (malformed is not null)
                {
                    errors.Add(malformed);
                    return null;
                }
            }

            MemberRecord? member = null;
            if (_external.TryGetValue(row.ExternalId, out var known))
            {
                member = _members[known];
            }
            else if (row.LinkCode is not null)
            {
                linkCode = FindCode(row.LinkCode);
                if (linkCode is null)
                {
                    errors.Add(UserError.At(WorkforceErrorCodes.LinkCodeInvalid, $"rows[{index}].linkCode", LinkCodeInvalidMessage));
                    return null;
                }

                if (given > 0 && given != linkCode.MemberId)
                {
                    errors.Add(UserError.At(WorkforceErrorCodes.LinkCodeInvalid, $"rows[{index}].memberId", "This link code was not created by the member named in memberId; send the code alone or ask the person for their own code."));
                    return null;
                }

                member = _members[linkCode.MemberId];
            }
            else if (given > 0)
            {
                errors.Add(UserError.At(WorkforceErrorCodes.LinkCodeRequired, $"rows[{index}].memberId",
                    "To link this person to their existing record, ask them for an employer link code (createEmployerLinkCode) and send it as linkCode; a member id alone is not accepted."));
                return null;
            }
            else if (row.ProfessionalRegistration is { } registration && _registrations.TryGetValue(registration, out var holder))
            {
                if (!_linked.Contains(holder.Id))
                {
                    errors.Add(UserError.At(WorkforceErrorCodes.RegistrationTaken, $"rows[{index}].professionalRegistration",
                        $"The registration \"{registration}\" belongs to an existing member not known to this organisation. To link this person to their record, ask them for an employer link code (createEmployerLinkCode) and send it as linkCode."));
                    return null;
                }

                member = holder;
            }

            if (row.ProfessionalRegistration is { } claimed && _registrations.TryGetValue(claimed, out var owner) && owner != member)
            {
                errors.Add(UserError.At(WorkforceErrorCodes.RegistrationTaken, $"rows[{index}].professionalRegistration", $"The registration \"{claimed}\" belongs to another member."));
                return null;
            }

            code = linkCode;
            return member;
        }

        /// <summary>An unused, unexpired code with this text (compared in constant time after the lookup by hash).</summary>
        private MemberLinkCodeRecord? FindCode(string text) =>
            SecretTokens.TryHash(text, out var hash) ? _codes.Find(c => SecretTokens.Matches(c.CodeHash, hash)) : null;

        /// <summary>Makes a new or changed member visible to the batch's later rows.</summary>
        public void Remember(MemberRecord member, string? previousRegistration)
        {
            _members[member.Id] = member;
            if (previousRegistration is not null && previousRegistration != member.ProfessionalRegistration)
            {
                _registrations.Remove(previousRegistration);
            }

            if (member.ProfessionalRegistration is { } registration)
            {
                _registrations[registration] = member;
            }
        }

        /// <summary>Records the organisation's external id of a member; false when it was already known.</summary>
        public bool Link(string externalId, long memberId)
        {
            _linked.Add(memberId);
            return _external.TryAdd(externalId, memberId);
        }

        public EmploymentRecord? EmploymentOf(long memberId, string externalId) => _employments.GetValueOrDefault((memberId, externalId));

        public void Remember(EmploymentRecord employment) => _employments[(employment.MemberId, employment.ExternalRef!)] = employment;
    }
}
