using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>An event-like experience: it happens on one <see cref="Date"/> and takes <see cref="Hours"/>.</summary>
public abstract record EventExperience : Experience
{
    /// <summary>The most hours one record may carry.</summary>
    public const decimal MaxHours = 10_000m;

    private protected EventExperience(long id, long memberId, string title, LocalDate date, decimal hours)
        : base(id, memberId, title)
    {
        Date = date;
        Hours = hours;
    }

    /// <summary>Gets the day it happened.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the hours, more than 0, to two decimal places.</summary>
    public decimal Hours { get; }

    /// <inheritdoc />
    public override LocalDate FirstDay => Date;

    /// <inheritdoc />
    public override LocalDate? LastDay => Date;

    private protected static decimal NormaliseHours(decimal hours) => Math.Round(hours, 2, MidpointRounding.AwayFromZero);

    private protected static ErrorList CheckEvent(long id, long memberId, string title, decimal hours)
    {
        var errors = new ErrorList();
        CheckCommon(id, memberId, title, errors);
        var h = NormaliseHours(hours);
        errors.AddIf(h <= 0m || h > MaxHours, ExperienceErrors.HoursOutOfRange, "hours", $"Hours must be more than 0 and at most {MaxHours}; they are {hours}.");
        return errors;
    }
}
