using System.Globalization;
using System.Text;
using Cpd.Domain.Accreditation.Evaluation;

namespace Cpd.Domain.Tests.Properties;

/// <summary>Everything a reader of an eligibility report sees, one line per requirement node, so that two reports compare as text.</summary>
public static class ReportFigures
{
    public static string Of(EligibilityReport report, bool withExplanations = true)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"eligible {report.Eligible} from {report.EligibleFrom} until {report.EligibleUntil} horizon {report.HorizonEnd}\n");
        foreach (var r in report.Requirements)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.RequirementId} {r.Status} {r.Measured}/{r.Target} short {r.Shortfall} fte {r.CurrentFte} share {r.CrossBoundaryShareMeasured}");
            text.Append(CultureInfo.InvariantCulture, $" evidence [{string.Join(",", r.Evidence.Order())}] excluded [{string.Join(",", r.Excluded.OrderBy(x => x.ExperienceId).ThenBy(x => x.Reason))}]");
            text.Append(CultureInfo.InvariantCulture, $" periods [{string.Join(",", r.PeriodTotals)}] projected {r.ProjectedMetOn} during [{string.Join(",", r.MetDuring ?? [])}]\n");
            if (withExplanations)
            {
                text.Append(r.Explanation).Append('\n');
            }
        }

        return text.ToString();
    }
}
