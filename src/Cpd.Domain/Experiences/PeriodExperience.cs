using Cpd.Domain.Careers;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>A period-like experience: a start, an optional end (none = ongoing) and an FTE in (0, 1]; it earns FTE-days.</summary>
public abstract record PeriodExperience : Experience
{
    private protected PeriodExperience(long id, long memberId, string title, LocalDate start, LocalDate? end, decimal fte)
        : base(id, memberId, title)
    {
        Start = start;
        End = end;
        Fte = fte;
    }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day (inclusive), or <see langword="null"/> when ongoing.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the full-time equivalent given to the experience, in (0, 1], to four decimal places.</summary>
    public decimal Fte { get; }

    /// <inheritdoc />
    public override LocalDate FirstDay => Start;

    /// <inheritdoc />
    public override LocalDate? LastDay => End;

    private protected static ErrorList CheckPeriod(long id, long memberId, string title, LocalDate start, LocalDate? end, decimal fte)
    {
        var errors = new ErrorList();
        CheckCommon(id, memberId, title, errors);
        DatedPeriod.Check(start, end, fte, errors);
        return errors;
    }

    private protected static decimal Normalise(decimal fte) => DatedPeriod.NormaliseFte(fte);
}
