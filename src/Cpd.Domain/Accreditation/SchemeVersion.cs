using Cpd.Domain.Accreditation.Rules;
using NodaTime;

namespace Cpd.Domain.Accreditation;

/// <summary>
/// An immutable, numbered version of a scheme: the date it takes effect, how long an award under it is valid, and the validated
/// requirement tree. Published versions never change; an award records the version it was judged against.
/// </summary>
public sealed record SchemeVersion
{
    internal SchemeVersion(long schemeId, string schemeCode, string schemeName, int number, LocalDate effectiveFrom, Period validity, Requirement requirement)
    {
        SchemeId = schemeId;
        SchemeCode = schemeCode;
        SchemeName = schemeName;
        Number = number;
        EffectiveFrom = effectiveFrom;
        Validity = validity;
        Requirement = requirement;
    }

    /// <summary>Gets the scheme's identifier.</summary>
    public long SchemeId { get; }

    /// <summary>Gets the scheme's code (what <see cref="HoldsAccreditation.SchemeCode"/> refers to).</summary>
    public string SchemeCode { get; }

    /// <summary>Gets the scheme's name.</summary>
    public string SchemeName { get; }

    /// <summary>Gets the version number, 1 for the first.</summary>
    public int Number { get; }

    /// <summary>Gets the first day the version applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets how long an award under this version is valid (expiry = award date + validity).</summary>
    public Period Validity { get; }

    /// <summary>Gets the requirement tree (valid).</summary>
    public Requirement Requirement { get; }
}
