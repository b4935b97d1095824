namespace Cpd.Domain.Accreditation.Rules;

/// <summary>Error codes of requirement definitions, reported by <see cref="RequirementValidator"/> with the path of the field.</summary>
public static class RuleErrors
{
    /// <summary>A node, window, period or list that is required is missing.</summary>
    public const string Missing = "RULE_FIELD_MISSING";

    /// <summary>A leaf has no id.</summary>
    public const string IdRequired = "RULE_ID_REQUIRED";

    /// <summary>An id is not 1 to 64 letters, digits, '-', '_' or '.'.</summary>
    public const string InvalidId = "RULE_ID_INVALID";

    /// <summary>Two nodes share an id.</summary>
    public const string DuplicateId = "RULE_DUPLICATE_ID";

    /// <summary>A node contains itself (only possible by mutating a list after building the tree).</summary>
    public const string Cycle = "RULE_CYCLE";

    /// <summary>The tree is deeper than 32 levels.</summary>
    public const string TooDeep = "RULE_TOO_DEEP";

    /// <summary>A composite has no children.</summary>
    public const string EmptyComposite = "RULE_EMPTY_COMPOSITE";

    /// <summary>An atLeast count is greater than its number of children.</summary>
    public const string CountExceedsChildren = "RULE_COUNT_EXCEEDS_CHILDREN";

    /// <summary>A count, minimum or target is zero or negative.</summary>
    public const string NotPositive = "RULE_NOT_POSITIVE";

    /// <summary>A share is outside 0..1 (or zero where a share is required).</summary>
    public const string ShareOutOfRange = "RULE_SHARE_OUT_OF_RANGE";

    /// <summary>A period is empty, negative, has time units, or is longer than 100 years.</summary>
    public const string BadPeriod = "RULE_BAD_PERIOD";

    /// <summary>An enumeration value (boundary, kind, verification level, window kind) is not defined.</summary>
    public const string UnknownValue = "RULE_UNKNOWN_VALUE";

    /// <summary>A learning category code is unknown.</summary>
    public const string UnknownCategory = "RULE_UNKNOWN_CATEGORY";

    /// <summary>A scheme code is unknown.</summary>
    public const string UnknownScheme = "RULE_UNKNOWN_SCHEME";

    /// <summary>The same value appears twice in a list.</summary>
    public const string DuplicateValue = "RULE_DUPLICATE_VALUE";

    /// <summary>A crossBoundaryTime lists a kind that is not period-like.</summary>
    public const string KindNotPeriodLike = "RULE_KIND_NOT_PERIOD_LIKE";

    /// <summary>Two fields must be given together (crossBoundaryShare and boundary).</summary>
    public const string RequiresCompanion = "RULE_REQUIRES_COMPANION";

    /// <summary>minimumEachPeriod needs a rolling window no shorter than its period.</summary>
    public const string PeriodNeedsRollingWindow = "RULE_PERIOD_NEEDS_ROLLING_WINDOW";

    /// <summary>A number is beyond what the evaluator supports (e.g. more than 100,000 days or hours).</summary>
    public const string TooLarge = "RULE_TOO_LARGE";
}
