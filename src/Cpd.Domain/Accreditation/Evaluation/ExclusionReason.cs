namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Why an experience of a kind the requirement looks at did not count.</summary>
public enum ExclusionReason
{
    /// <summary>Its verification level is below the requirement's minimum (<c>BELOW_VERIFICATION_LEVEL</c>).</summary>
    BelowVerificationLevel = 1,

    /// <summary>It lies entirely before the window (<c>OUTSIDE_WINDOW</c>).</summary>
    OutsideWindow = 2,

    /// <summary>It starts after the evaluation date (<c>NOT_STARTED</c>); projections count it when it happens.</summary>
    NotStarted = 3,

    /// <summary>Some of its days in the window had no home employment, and a day with no home crosses no boundary (<c>NO_HOME_THAT_DAY</c>).</summary>
    NoHomeThatDay = 4,

    /// <summary>It does not differ from home in the requirement's boundary (<c>DOES_NOT_CROSS_BOUNDARY</c>).</summary>
    DoesNotCrossBoundary = 5,

    /// <summary>A learning record without a counted category (<c>CATEGORY_NOT_COUNTED</c>).</summary>
    CategoryNotCounted = 6,

    /// <summary>A cross-boundary experience without a reflection saying what did not work (<c>NO_REFLECTION</c>).</summary>
    NoReflection = 7,
}
