namespace Cpd.Api.Schema.Applications;

/// <summary>An assessor's decision on an application.</summary>
public enum ApplicationDecision
{
    /// <summary>Award the accreditation.</summary>
    Award = 1,

    /// <summary>Refuse it, with a reason.</summary>
    Refuse = 2,
}
