using NodaTime;
using NodaTime.Text;

namespace Cpd.Domain.Tests.TestData;

public static class Dates
{
    /// <summary>Parses an ISO date such as 2026-11-22.</summary>
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>Parses an ISO period such as P5Y.</summary>
    public static Period P(string iso) => PeriodPattern.NormalizingIso.Parse(iso).Value;
}
