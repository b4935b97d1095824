namespace Cpd.Domain.Experiences;

/// <summary>How well an experience is evidenced; the values are ordered: <see cref="SelfDeclared"/> &lt; <see cref="Attested"/> &lt; <see cref="Verified"/>.</summary>
public enum VerificationLevel
{
    /// <summary>Recorded by the member only (<c>SELF_DECLARED</c>).</summary>
    SelfDeclared = 0,

    /// <summary>Confirmed by the host organisation or the counterpart (<c>ATTESTED</c>).</summary>
    Attested = 1,

    /// <summary>Confirmed by an accrediting body's assessor (<c>VERIFIED</c>).</summary>
    Verified = 2,
}
