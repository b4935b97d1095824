using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain;
using Cpd.Domain.Experiences;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using DomainExperience = Cpd.Domain.Experiences.Experience;
using DomainOrganisation = Cpd.Domain.Careers.Organisation;

namespace Cpd.Api.Schema.Experiences;

public sealed partial class ExperienceMutations
{
    /// <summary>
    /// An experience's values as the client gave them (codes, not row ids): built from an input, or from a stored record and
    /// then changed by <c>updateExperience</c>. <see cref="ValidateAsync"/> constructs the domain object with its factory, so
    /// the domain's validation decides; <see cref="ApplyAsync"/> copies the validated object onto the record.
    /// </summary>
    private sealed class Draft(ExperienceKind kind)
    {
        public ExperienceKind Kind { get; } = kind;

        public string Title { get; set; } = "";

        /// <summary>The host (placements) or peer (peer challenge) organisation's row id.</summary>
        public long? OrganisationId { get; set; }

        /// <summary>The input field that named the organisation, for its NOT_FOUND error.</summary>
        public string OrganisationField { get; init; } = "hostOrganisationId";

        public string? ProfessionCode { get; set; }

        public MentoringRole? MentoringRole { get; set; }

        public PeerChallengeRole? PeerChallengeRole { get; set; }

        public string? CounterpartName { get; set; }

        public string? CounterpartSectorCode { get; set; }

        public string? CounterpartProfessionCode { get; set; }

        public LocalDate Start { get; set; }

        public LocalDate? End { get; set; }

        public decimal Fte { get; set; }

        public decimal Hours { get; set; }

        public IReadOnlyList<string> Categories { get; set; } = [];

        public IReadOnlyList<string> SectorsInvolved { get; set; } = [];

        public bool IsPeriod => Kind is ExperienceKind.Secondment or ExperienceKind.Shadowing or ExperienceKind.JointWork or ExperienceKind.Mentoring;

        public bool HasOrganisation => Kind is ExperienceKind.Secondment or ExperienceKind.Shadowing or ExperienceKind.JointWork or ExperienceKind.PeerChallenge;

        /// <summary>The values of a stored record (loaded with its profession and counterpart's sector and profession).</summary>
        public static Draft From(ExperienceRecord record) => new(record.Kind)
        {
            Title = record.Title,
            OrganisationId = record.HostOrganisationId,
            ProfessionCode = record.Profession?.Code,
            MentoringRole = record.MentoringRole,
            PeerChallengeRole = record.PeerChallengeRole,
            CounterpartName = record.CounterpartName,
            CounterpartSectorCode = record.CounterpartSector?.Code,
            CounterpartProfessionCode = record.CounterpartProfession?.Code,
            Start = record.Start,
            End = record.End,
            Fte = record.Fte ?? 0m,
            Hours = record.Hours ?? 0m,
            Categories = record.Categories,
            SectorsInvolved = record.SectorsInvolved,
        };

        /// <summary>Constructs the domain experience; the errors are the domain's (or NOT_FOUND for an unknown organisation).</summary>
        public async Task<(DomainExperience? Experience, IReadOnlyList<UserError> Errors)> ValidateAsync(
            CpdDbContext db, long id, long memberId, CancellationToken cancellationToken)
        {
            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            DomainOrganisation? organisation = null;
            if (HasOrganisation)
            {
                var row = await db.Organisations.AsNoTracking().Where(o => o.Id == OrganisationId)
                    .Select(o => new { o.Id, o.Name, SectorCode = o.Sector!.Code, o.PlaceCode })
                    .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (row is null)
                {
                    return (null, [UserError.At(ApiErrorCodes.NotFound, OrganisationField, "No organisation has this id.")]);
                }

                organisation = DomainOrganisation.Create(row.Id, row.Name, row.SectorCode, row.PlaceCode, taxonomy).Unwrap();
            }

            var (experience, errors) = Kind switch
            {
                ExperienceKind.Secondment => Of(Secondment.Create(id, memberId, Title, organisation!, ProfessionCode, Start, End, Fte, taxonomy)),
                ExperienceKind.Shadowing => Of(Shadowing.Create(id, memberId, Title, organisation!, ProfessionCode, Start, End, Fte, taxonomy)),
                ExperienceKind.JointWork => Of(JointWork.Create(id, memberId, Title, organisation!, ProfessionCode, Start, End, Fte, taxonomy)),
                ExperienceKind.Mentoring => Of(Mentoring.Create(id, memberId, Title, MentoringRole.GetValueOrDefault(), CounterpartName ?? "",
                    CounterpartSectorCode ?? "", CounterpartProfessionCode, Start, End, Fte, taxonomy)),
                ExperienceKind.PeerChallenge => Of(PeerChallenge.Create(id, memberId, Title, PeerChallengeRole.GetValueOrDefault(), organisation!, Start, Hours)),
                ExperienceKind.LearningEvent => Of(LearningEvent.Create(id, memberId, Title, Start, Hours, Categories, SectorsInvolved, taxonomy)),
                ExperienceKind.CpdActivity => Of(CpdActivity.Create(id, memberId, Title, Start, Hours, Categories, taxonomy)),
                _ => throw new InvalidOperationException($"Unknown experience kind {Kind}."),
            };
            return (experience, UserError.From(errors));
        }

        private static (DomainExperience? Experience, IReadOnlyList<DomainError> Errors) Of<T>(Result<T> result)
            where T : DomainExperience =>
            result.IsSuccess ? (result.Value, []) : (null, result.Errors);
    }

    /// <summary>Copies a validated domain experience onto its record (codes resolved to row ids).</summary>
    internal static async Task ApplyAsync(CpdDbContext db, ExperienceRecord record, DomainExperience experience, CancellationToken cancellationToken)
    {
        record.Kind = experience.Kind;
        record.Title = experience.Title;
        switch (experience)
        {
            case PeriodExperience period:
                (record.Start, record.End, record.Fte, record.Hours) = (period.Start, period.End, period.Fte, null);
                break;
            case EventExperience occasion:
                (record.Start, record.End, record.Fte, record.Hours) = (occasion.Date, occasion.Date, null, occasion.Hours);
                break;
        }

        switch (experience)
        {
            case PlacementExperience placement:
                record.HostOrganisationId = placement.HostOrganisation.Id;
                record.ProfessionId = await ProfessionIdAsync(db, placement.ProfessionCode, cancellationToken).ConfigureAwait(false);
                break;
            case Mentoring mentoring:
                record.MentoringRole = mentoring.Role;
                record.CounterpartName = mentoring.CounterpartName;
                record.CounterpartSectorId = await db.Sectors.Where(s => s.Code == mentoring.CounterpartSectorCode).Select(s => s.Id)
                    .SingleAsync(cancellationToken).ConfigureAwait(false);
                record.CounterpartProfessionId = await ProfessionIdAsync(db, mentoring.CounterpartProfessionCode, cancellationToken).ConfigureAwait(false);
                break;
            case PeerChallenge peer:
                record.PeerChallengeRole = peer.Role;
                record.HostOrganisationId = peer.PeerOrganisation.Id;
                break;
            case LearningEvent learning:
                record.Categories = [.. learning.Categories];
                record.SectorsInvolved = [.. learning.SectorsInvolved];
                break;
            case CpdActivity activity:
                record.Categories = [.. activity.Categories];
                break;
        }
    }

    private static async Task<long?> ProfessionIdAsync(CpdDbContext db, string? code, CancellationToken cancellationToken) =>
        code is null ? null : await db.Professions.Where(p => p.Code == code).Select(p => p.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
}
