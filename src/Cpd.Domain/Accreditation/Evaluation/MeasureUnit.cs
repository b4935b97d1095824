namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>The unit of a requirement's measured value, target and shortfall.</summary>
public enum MeasureUnit
{
    /// <summary>FTE-weighted days (<c>FTE_DAYS</c>).</summary>
    FteDays = 1,

    /// <summary>A number of things (<c>COUNT</c>); composites count met children.</summary>
    Count = 2,

    /// <summary>Hours (<c>HOURS</c>).</summary>
    Hours = 3,

    /// <summary>A share from 0 to 1 (<c>SHARE</c>).</summary>
    Share = 4,

    /// <summary>Calendar days (<c>DAYS</c>), e.g. how long an accreditation has been held.</summary>
    Days = 5,
}
