namespace Cpd.Domain.Accreditation.Rules;

/// <summary>The kind of an evaluation <see cref="Window"/>.</summary>
public enum WindowKind
{
    /// <summary>The days from <c>asOf − period + 1 day</c> to <c>asOf</c> inclusive (<c>ROLLING</c>).</summary>
    Rolling = 1,

    /// <summary>All history up to <c>asOf</c> (<c>EVER</c>).</summary>
    Ever = 2,
}
