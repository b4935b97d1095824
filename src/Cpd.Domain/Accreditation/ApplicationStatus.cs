namespace Cpd.Domain.Accreditation;

/// <summary>Where an application stands.</summary>
public enum ApplicationStatus
{
    /// <summary>Waiting for an assessor (<c>PENDING</c>).</summary>
    Pending = 0,

    /// <summary>Awarded (<c>AWARDED</c>).</summary>
    Awarded = 1,

    /// <summary>Refused with a reason (<c>REFUSED</c>).</summary>
    Refused = 2,
}
