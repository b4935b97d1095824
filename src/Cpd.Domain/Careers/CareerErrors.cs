namespace Cpd.Domain.Careers;

/// <summary>Error codes of the career area: organisations, employments and the dated periods that experiences share with them.</summary>
public static class CareerErrors
{
    /// <summary>A period ends before it starts.</summary>
    public const string EndBeforeStart = "END_BEFORE_START";

    /// <summary>A full-time equivalent is not in (0, 1].</summary>
    public const string FteOutOfRange = "FTE_OUT_OF_RANGE";

    /// <summary>A record belongs to a different member than the one it is recorded for.</summary>
    public const string MemberMismatch = "MEMBER_MISMATCH";
}
