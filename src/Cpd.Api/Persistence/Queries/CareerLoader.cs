using Cpd.Domain;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;
using Cpd.Domain.Taxonomy;
using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Persistence.Queries;

/// <summary>
/// Loads members' careers from the store and rebuilds them as domain <see cref="Career"/>s through the domain's
/// factories, so that evaluation and boundary questions run on validated domain objects.
/// </summary>
/// <remarks>
/// One batch costs a fixed number of queries (members, employments, experiences, attestations, reflections,
/// connections, awards) whatever the number of members. Withdrawn experiences and disputed attestations are left
/// out: they count for nothing. The loader applies no access rule: callers decide first whether the caller may
/// read the member (<c>AccessPolicy</c>) and then use the career. A stored row the domain rejects (which the
/// write path never stores) is a data fault and throws <see cref="InvalidOperationException"/>.
/// </remarks>
public static class CareerLoader
{
    /// <summary>Loads one member's career.</summary>
    /// <param name="db">A context (not shared with concurrent work).</param>
    /// <param name="memberId">The member.</param>
    /// <param name="taxonomy">The taxonomy the stored codes belong to.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The career, or <see langword="null"/> when no such member exists.</returns>
    public static async Task<Career?> LoadCareerAsync(this CpdDbContext db, long memberId, CareerTaxonomy taxonomy, CancellationToken cancellationToken = default)
    {
        var careers = await db.LoadCareersAsync([memberId], taxonomy, cancellationToken).ConfigureAwait(false);
        return careers.GetValueOrDefault(memberId);
    }

    /// <summary>Loads many members' careers with a fixed number of queries.</summary>
    /// <param name="db">A context (not shared with concurrent work).</param>
    /// <param name="memberIds">The members; unknown ids are absent from the result.</param>
    /// <param name="taxonomy">The taxonomy the stored codes belong to.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The careers by member id.</returns>
    public static async Task<IReadOnlyDictionary<long, Career>> LoadCareersAsync(
        this CpdDbContext db, IReadOnlyCollection<long> memberIds, CareerTaxonomy taxonomy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(memberIds);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var ids = memberIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<long, Career>();
        }

        var rows = await Rows.LoadAsync(db, ids, cancellationToken).ConfigureAwait(false);
        var builder = new Builder(taxonomy);
        return rows.Members.ToDictionary(m => m.Id, m => builder.Career(m, rows));
    }

    private sealed record OrganisationRow(long Id, string Name, string SectorCode, string? PlaceCode);

    private sealed record EmploymentRow(long Id, long MemberId, OrganisationRow Organisation, string Role, string ProfessionCode, LocalDate Start, LocalDate? End, decimal Fte);

    private sealed record ExperienceRow(
        long Id, long MemberId, ExperienceKind Kind, string Title, OrganisationRow? Host, string? ProfessionCode,
        MentoringRole? MentoringRole, PeerChallengeRole? PeerChallengeRole, string? CounterpartName, string? CounterpartSectorCode,
        string? CounterpartProfessionCode, LocalDate Start, LocalDate? End, decimal? Fte, decimal? Hours, List<string> Categories, List<string> SectorsInvolved);

    private sealed record AttestationRow(long Id, long ExperienceId, AttestationMethod Method, string AttestorName, string? AttestorReference, Instant At);

    private sealed record ConnectionRow(long Id, long MemberId, string Name, string SectorCode, string? ProfessionCode);

    private sealed record AwardRow(long Id, long MemberId, long SchemeId, string SchemeCode, int VersionNumber, LocalDate AwardedOn, LocalDate ExpiresOn);

    private sealed class Rows
    {
        public required List<MemberRecord> Members { get; init; }

        public required ILookup<long, EmploymentRow> Employments { get; init; }

        public required ILookup<long, ExperienceRow> Experiences { get; init; }

        public required ILookup<long, AttestationRow> Attestations { get; init; }

        public required ILookup<long, ReflectionRecord> Reflections { get; init; }

        public required ILookup<long, ConnectionRow> Connections { get; init; }

        public required ILookup<long, AwardRow> Awards { get; init; }

        public static async Task<Rows> LoadAsync(CpdDbContext db, long[] ids, CancellationToken ct)
        {
            var members = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct).ConfigureAwait(false);
            var employments = await db.Employments.AsNoTracking().Where(e => ids.Contains(e.MemberId)).OrderBy(e => e.Id)
                .Select(e => new EmploymentRow(e.Id, e.MemberId,
                    new OrganisationRow(e.Organisation!.Id, e.Organisation.Name, e.Organisation.Sector!.Code, e.Organisation.PlaceCode),
                    e.Role, e.Profession!.Code, e.Start, e.End, e.Fte))
                .ToListAsync(ct).ConfigureAwait(false);
            var experiences = await db.Experiences.AsNoTracking().Where(x => ids.Contains(x.MemberId) && x.WithdrawnAt == null).OrderBy(x => x.Id)
                .Select(x => new ExperienceRow(x.Id, x.MemberId, x.Kind, x.Title,
                    x.HostOrganisation == null ? null
                        : new OrganisationRow(x.HostOrganisation.Id, x.HostOrganisation.Name, x.HostOrganisation.Sector!.Code, x.HostOrganisation.PlaceCode),
                    x.Profession == null ? null : x.Profession.Code,
                    x.MentoringRole, x.PeerChallengeRole, x.CounterpartName,
                    x.CounterpartSector == null ? null : x.CounterpartSector.Code,
                    x.CounterpartProfession == null ? null : x.CounterpartProfession.Code,
                    x.Start, x.End, x.Fte, x.Hours, x.Categories, x.SectorsInvolved))
                .ToListAsync(ct).ConfigureAwait(false);
            var attestations = await db.Attestations.AsNoTracking()
                .Where(a => ids.Contains(a.Experience!.MemberId) && a.Experience.WithdrawnAt == null && a.Outcome == AttestationOutcome.Confirmed)
                .OrderBy(a => a.At).ThenBy(a => a.Id)
                .Select(a => new AttestationRow(a.Id, a.ExperienceId, a.Method, a.AttestorName, a.AttestorReference, a.At))
                .ToListAsync(ct).ConfigureAwait(false);
            var reflections = await db.Reflections.AsNoTracking().Where(r => ids.Contains(r.MemberId)).OrderBy(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
            var connections = await db.Connections.AsNoTracking().Where(c => ids.Contains(c.MemberId)).OrderBy(c => c.Id)
                .Select(c => new ConnectionRow(c.Id, c.MemberId, c.Name, c.Sector!.Code, c.Profession == null ? null : c.Profession.Code))
                .ToListAsync(ct).ConfigureAwait(false);
            var awards = await db.Awards.AsNoTracking().Where(a => ids.Contains(a.MemberId)).OrderBy(a => a.Id)
                .Select(a => new AwardRow(a.Id, a.MemberId, a.SchemeId, a.Scheme!.Code, a.SchemeVersion!.Number, a.AwardedOn, a.ExpiresOn))
                .ToListAsync(ct).ConfigureAwait(false);
            return new Rows
            {
                Members = members,
                Employments = employments.ToLookup(e => e.MemberId),
                Experiences = experiences.ToLookup(x => x.MemberId),
                Attestations = attestations.ToLookup(a => a.ExperienceId),
                Reflections = reflections.ToLookup(r => r.MemberId),
                Connections = connections.ToLookup(c => c.MemberId),
                Awards = awards.ToLookup(a => a.MemberId),
            };
        }
    }

    private sealed class Builder(CareerTaxonomy taxonomy)
    {
        private readonly Dictionary<long, Organisation> _organisations = [];

        public Career Career(MemberRecord m, Rows rows) => Domain.Careers.Career.Create(
            Valid(Member.Create(m.Id, m.DisplayName), "member", m.Id),
            rows.Employments[m.Id].Select(Employment),
            rows.Experiences[m.Id].Select(x => Experience(x, rows.Attestations[x.Id])),
            rows.Reflections[m.Id].Select(Reflection),
            rows.Connections[m.Id].Select(Connection),
            rows.Awards[m.Id].Select(Award));

        private Employment Employment(EmploymentRow e) => Valid(
            Domain.Careers.Employment.Create(e.Id, e.MemberId, Organisation(e.Organisation), e.Role, e.ProfessionCode, e.Start, e.End, e.Fte, taxonomy),
            "employment", e.Id);

        private Experience Experience(ExperienceRow x, IEnumerable<AttestationRow> attestations)
        {
            Experience experience = x.Kind switch
            {
                ExperienceKind.Secondment => Valid(Secondment.Create(x.Id, x.MemberId, x.Title, Host(x), x.ProfessionCode, x.Start, x.End, Fte(x), taxonomy), x),
                ExperienceKind.Shadowing => Valid(Shadowing.Create(x.Id, x.MemberId, x.Title, Host(x), x.ProfessionCode, x.Start, x.End, Fte(x), taxonomy), x),
                ExperienceKind.JointWork => Valid(JointWork.Create(x.Id, x.MemberId, x.Title, Host(x), x.ProfessionCode, x.Start, x.End, Fte(x), taxonomy), x),
                ExperienceKind.Mentoring => Valid(Mentoring.Create(x.Id, x.MemberId, x.Title, Required(x.MentoringRole, x), x.CounterpartName ?? "",
                    x.CounterpartSectorCode ?? "", x.CounterpartProfessionCode, x.Start, x.End, Fte(x), taxonomy), x),
                ExperienceKind.PeerChallenge => Valid(PeerChallenge.Create(x.Id, x.MemberId, x.Title, Required(x.PeerChallengeRole, x), Host(x), x.Start, Hours(x)), x),
                ExperienceKind.LearningEvent => Valid(LearningEvent.Create(x.Id, x.MemberId, x.Title, x.Start, Hours(x), x.Categories, x.SectorsInvolved, taxonomy), x),
                ExperienceKind.CpdActivity => Valid(CpdActivity.Create(x.Id, x.MemberId, x.Title, x.Start, Hours(x), x.Categories, taxonomy), x),
                _ => throw Fault("experience", x.Id, $"unknown kind {x.Kind}"),
            };
            foreach (var a in attestations)
            {
                experience = experience.WithAttestation(Valid(Attestation.Restore(a.Method, a.AttestorName, a.AttestorReference, a.At), "attestation", a.Id));
            }

            return experience;
        }

        private Reflection Reflection(ReflectionRecord r) => Valid(
            Domain.Reflections.Reflection.Restore(r.Id, r.MemberId, r.ExperienceId, r.WhatWorked, r.WhatDidNotWork, r.WhatIdDoDifferently, r.Visibility, r.CreatedAt),
            "reflection", r.Id);

        private Connection Connection(ConnectionRow c) => Valid(
            Domain.Members.Connection.Create(c.Id, c.MemberId, c.Name, c.SectorCode, c.ProfessionCode, taxonomy), "connection", c.Id);

        private static Award Award(AwardRow a) => Valid(
            Domain.Accreditation.Award.Restore(a.Id, a.MemberId, a.SchemeId, a.SchemeCode, a.VersionNumber, a.AwardedOn, a.ExpiresOn, null), "award", a.Id);

        private Organisation Host(ExperienceRow x) => x.Host is { } host ? Organisation(host) : throw Fault("experience", x.Id, "no host organisation");

        private Organisation Organisation(OrganisationRow o)
        {
            if (!_organisations.TryGetValue(o.Id, out var organisation))
            {
                organisation = Valid(Domain.Careers.Organisation.Create(o.Id, o.Name, o.SectorCode, o.PlaceCode, taxonomy), "organisation", o.Id);
                _organisations.Add(o.Id, organisation);
            }

            return organisation;
        }

        private static decimal Fte(ExperienceRow x) => x.Fte ?? throw Fault("experience", x.Id, "no FTE");

        private static decimal Hours(ExperienceRow x) => x.Hours ?? throw Fault("experience", x.Id, "no hours");

        private static T Required<T>(T? value, ExperienceRow x)
            where T : struct => value ?? throw Fault("experience", x.Id, $"no {typeof(T).Name}");

        private static T Valid<T>(Result<T> result, ExperienceRow x) => Valid(result, "experience", x.Id);

        private static T Valid<T>(Result<T> result, string what, long id) =>
            result.IsSuccess ? result.Value : throw Fault(what, id, string.Join("; ", result.Errors));

        private static InvalidOperationException Fault(string what, long id, string detail) =>
            new($"The stored {what} {id} is not a valid domain object: {detail}.");
    }
}
