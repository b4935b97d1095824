namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Whether a requirement holds on the evaluation date.</summary>
public enum RequirementStatus
{
    /// <summary>Not met (<c>NOT_MET</c>).</summary>
    NotMet = 0,

    /// <summary>Met (<c>MET</c>).</summary>
    Met = 1,
}
