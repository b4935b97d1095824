using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Workforce;

public sealed partial class WorkforceSync
{
    /// <summary>
    /// What one batch needs from the database, read in a few set-based queries: the batch's external ids at the
    /// organisation, the members they or the rows' member ids and registrations point at, and those members'
    /// employments there. Rows created in the batch are remembered so that later rows of the batch see them.
    /// </summary>
    private sealed class Lookups
    {
        private readonly Dictionary<string, long> _external;
        private readonly Dictionary<long, MemberRecord> _members;
        private readonly Dictionary<string, MemberRecord> _registrations;
        private readonly Dictionary<(long MemberId, string ExternalId), EmploymentRecord> _employments;

        private Lookups(Dictionary<string, long> external, List<MemberRecord> members, List<EmploymentRecord> employments, Dictionary<string, long> professionIds)
        {
            _external = external;
            _members = members.ToDictionary(m => m.Id);
            _registrations = members.Where(m => m.ProfessionalRegistration is not null).ToDictionary(m => m.ProfessionalRegistration!, StringComparer.Ordinal);
            _employments = employments.ToDictionary(e => (e.MemberId, e.ExternalRef!));
            ProfessionIds = professionIds;
        }

        public Dictionary<string, long> ProfessionIds { get; }

        public static async Task<Lookups> LoadAsync(CpdDbContext db, Batch batch, CancellationToken cancellationToken)
        {
            var organisationId = batch.Organisation.Id;
            var externalIds = batch.Rows.Select(r => r.ExternalId).Distinct().ToList();
            var external = await db.MemberExternalIds.AsNoTracking()
                .Where(x => x.OrganisationId == organisationId && externalIds.Contains(x.ExternalId))
                .ToDictionaryAsync(x => x.ExternalId, x => x.MemberId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var given = batch.Rows.Select(r => GlobalId.TryParse(r.MemberId, MemberType, out var id) ? id : 0).Where(id => id > 0);
            var memberIds = external.Values.Concat(given).Distinct().ToList();
            var registrations = batch.Rows.Select(r => r.ProfessionalRegistration).OfType<string>().Distinct().ToList();
            var members = await db.Members
                .Where(m => memberIds.Contains(m.Id) || (m.ProfessionalRegistration != null && registrations.Contains(m.ProfessionalRegistration)))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var found = members.Select(m => m.Id).ToList();
            var employments = await db.Employments
                .Where(e => e.OrganisationId == organisationId && e.ExternalRef != null && found.Contains(e.MemberId))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var professions = await db.Professions.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            return new Lookups(external, members, employments, professions);
        }

        /// <summary>The member a row stands for (null for a new one), or null with <paramref name="errors"/> filled.</summary>
        public MemberRecord? Match(WorkforceRowInput row, int index, List<UserError> errors)
        {
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
            else if (given > 0 && !_members.TryGetValue(given, out member))
            {
                errors.Add(UserError.At(ApiErrorCodes.NotFound, $"rows[{index}].memberId", $"No member has the id \"{row.MemberId}\"."));
                return null;
            }
            else if (member is null && row.ProfessionalRegistration is { } registration)
            {
                member = _registrations.GetValueOrDefault(registration);
            }

            if (row.ProfessionalRegistration is { } claimed && _registrations.TryGetValue(claimed, out var holder) && holder != member)
            {
                errors.Add(UserError.At(WorkforceErrorCodes.RegistrationTaken, $"rows[{index}].professionalRegistration", $"The registration \"{claimed}\" belongs to another member."));
                return null;
            }

            return member;
        }

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
        public bool Link(string externalId, long memberId) => _external.TryAdd(externalId, memberId);

        public EmploymentRecord? EmploymentOf(long memberId, string externalId) => _employments.GetValueOrDefault((memberId, externalId));

        public void Remember(EmploymentRecord employment) => _employments[(employment.MemberId, employment.ExternalRef!)] = employment;
    }
}
