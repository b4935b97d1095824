using NodaTime;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// The days a leaf looks at as of a date: <c>ROLLING(period)</c>, the days from <c>asOf − period + 1 day</c> to <c>asOf</c> inclusive,
/// or <c>EVER</c>, all history up to <c>asOf</c>.
/// </summary>
public sealed record Window
{
    private Window(WindowKind kind, Period? period)
    {
        Kind = kind;
        Period = period;
    }

    /// <summary>Gets the window of all history up to the evaluation date.</summary>
    public static Window Ever { get; } = new(WindowKind.Ever, null);

    /// <summary>Gets the kind.</summary>
    public WindowKind Kind { get; }

    /// <summary>Gets the length of a rolling window; <see langword="null"/> for <see cref="WindowKind.Ever"/>.</summary>
    public Period? Period { get; }

    /// <summary>Creates a rolling window. The period is checked by <see cref="RequirementValidator"/>, not here, so that authored input can be reported field by field.</summary>
    /// <param name="period">An ISO-8601 date period such as <c>P5Y</c>, <c>P18M</c> or <c>P182D</c>.</param>
    /// <returns>The window.</returns>
    public static Window Rolling(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new Window(WindowKind.Rolling, period);
    }

    /// <summary>Returns the first day of the window as of <paramref name="asOf"/>, or <see langword="null"/> for <see cref="WindowKind.Ever"/>.</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns><c>asOf − period + 1 day</c>, or <see langword="null"/>.</returns>
    public LocalDate? StartAsOf(LocalDate asOf) => Period is null ? null : asOf.Minus(Period).PlusDays(1);

    /// <inheritdoc />
    public override string ToString() => Period is null ? "EVER" : $"ROLLING({Period})";
}
