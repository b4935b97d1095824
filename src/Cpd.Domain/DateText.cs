using System.Globalization;
using NodaTime;

namespace Cpd.Domain;

/// <summary>Culture-invariant date texts for messages and explanations.</summary>
internal static class DateText
{
    /// <summary>ISO form, e.g. 2026-11-22 (error messages).</summary>
    public static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>Plain-English form, e.g. 22 Nov 2026 (explanations).</summary>
    public static string Plain(LocalDate date) => date.ToString("d MMM uuuu", CultureInfo.InvariantCulture);
}
