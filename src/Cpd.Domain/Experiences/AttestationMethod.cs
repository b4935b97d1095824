namespace Cpd.Domain.Experiences;

/// <summary>How an attestation was given.</summary>
public enum AttestationMethod
{
    /// <summary>By the host organisation through its HR system (attests).</summary>
    HostOrganisation = 1,

    /// <summary>By the counterpart, a member of the system (attests).</summary>
    Counterpart = 2,

    /// <summary>By a named person outside the system through a single-use, expiring link (attests).</summary>
    ExternalLink = 3,

    /// <summary>By an accrediting body's assessor (verifies).</summary>
    Assessor = 4,
}
