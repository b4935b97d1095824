using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Careers;

/// <summary>A member's job: member × organisation × role × profession × dates × FTE (0 &lt; FTE ≤ 1). Dates are inclusive; no end means ongoing.</summary>
public sealed record Employment
{
    private Employment(long id, long memberId, Organisation organisation, string role, string professionCode, LocalDate start, LocalDate? end, decimal fte)
    {
        Id = id;
        MemberId = memberId;
        Organisation = organisation;
        Role = role;
        ProfessionCode = professionCode;
        Start = start;
        End = end;
        Fte = fte;
    }

    /// <summary>Gets the employment's identifier (the last tie-breaker of home resolution).</summary>
    public long Id { get; }

    /// <summary>Gets the employed member.</summary>
    public long MemberId { get; }

    /// <summary>Gets the employer.</summary>
    public Organisation Organisation { get; }

    /// <summary>Gets the role title.</summary>
    public string Role { get; }

    /// <summary>Gets the profession practised in this job.</summary>
    public string ProfessionCode { get; }

    /// <summary>Gets the first day of the employment.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the employment, or <see langword="null"/> when ongoing.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the full-time equivalent, in (0, 1], to four decimal places.</summary>
    public decimal Fte { get; }

    /// <summary>Creates an employment.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="organisation">The employer.</param>
    /// <param name="role">The role title.</param>
    /// <param name="professionCode">A known profession code.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive), or <see langword="null"/> when ongoing.</param>
    /// <param name="fte">The full-time equivalent, more than 0 and at most 1.</param>
    /// <param name="taxonomy">The taxonomy the profession must belong to.</param>
    /// <returns>The employment, or errors such as <see cref="CareerErrors.EndBeforeStart"/> and <see cref="CareerErrors.FteOutOfRange"/>.</returns>
    public static Result<Employment> Create(
        long id, long memberId, Organisation organisation, string role, string professionCode, LocalDate start, LocalDate? end, decimal fte, CareerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(memberId <= 0, CommonErrors.InvalidId, "memberId", "The member id must be positive.");
        errors.RequireText(role, "role", 200, CommonErrors.Required, CommonErrors.TooLong);
        taxonomy.CheckProfession(professionCode, "professionCode", errors);
        DatedPeriod.Check(start, end, fte, errors);
        return errors.ToResult(() => new Employment(id, memberId, organisation, role.Trim(), professionCode, start, end, DatedPeriod.NormaliseFte(fte)));
    }

    /// <summary>Returns whether the employment is active on <paramref name="date"/> (both ends inclusive).</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when active.</returns>
    public bool IsActiveOn(LocalDate date) => DatedPeriod.IsActiveOn(Start, End, date);

    /// <summary>Returns a copy that ends on <paramref name="end"/>.</summary>
    /// <param name="end">The last day.</param>
    /// <returns>The ended employment, or <see cref="CareerErrors.EndBeforeStart"/>.</returns>
    public Result<Employment> EndOn(LocalDate end) =>
        end < Start
            ? Result.Failure<Employment>(CareerErrors.EndBeforeStart, "end", $"The end ({DateText.Iso(end)}) is before the start ({DateText.Iso(Start)}).")
            : Result.Success(new Employment(Id, MemberId, Organisation, Role, ProfessionCode, Start, end, Fte));

    /// <summary>
    /// Returns whether this employment takes precedence over <paramref name="other"/> as home when both are active:
    /// larger FTE first, then earlier start, then lower id.
    /// </summary>
    /// <param name="other">Another employment active the same day.</param>
    /// <returns><see langword="true"/> when this one is preferred.</returns>
    public bool IsPreferredHomeOver(Employment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Fte != other.Fte)
        {
            return Fte > other.Fte;
        }

        return Start != other.Start ? Start < other.Start : Id < other.Id;
    }
}
