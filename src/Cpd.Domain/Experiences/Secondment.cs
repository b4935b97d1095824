using Cpd.Domain.Careers;
using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>Working in a host organisation for a period. (<see cref="ExperienceKind.Secondment"/>.)</summary>
public sealed record Secondment : PlacementExperience
{
    private Secondment(long id, long memberId, string title, Organisation host, string? professionCode, LocalDate start, LocalDate? end, decimal fte)
        : base(id, memberId, title, host, professionCode, start, end, fte)
    {
    }

    /// <inheritdoc />
    public override ExperienceKind Kind => ExperienceKind.Secondment;

    /// <summary>Creates the experience.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="title">A title.</param>
    /// <param name="hostOrganisation">The host organisation.</param>
    /// <param name="professionCode">The profession practised with the host, or <see langword="null"/>.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive), or <see langword="null"/> when ongoing.</param>
    /// <param name="fte">The FTE, more than 0 and at most 1.</param>
    /// <param name="taxonomy">The taxonomy the profession must belong to.</param>
    /// <returns>The experience or field errors (<see cref="CareerErrors.EndBeforeStart"/>, <see cref="CareerErrors.FteOutOfRange"/>, ...).</returns>
    public static Result<Secondment> Create(
        long id, long memberId, string title, Organisation hostOrganisation, string? professionCode, LocalDate start, LocalDate? end, decimal fte, CareerTaxonomy taxonomy) =>
        CheckPlacement(id, memberId, title, hostOrganisation, professionCode, start, end, fte, taxonomy)
            .ToResult(() => new Secondment(id, memberId, title.Trim(), hostOrganisation, professionCode, start, end, fte));
}
