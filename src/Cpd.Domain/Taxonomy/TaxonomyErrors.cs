namespace Cpd.Domain.Taxonomy;

/// <summary>Error codes of the taxonomy area (sectors, professions, learning categories, places).</summary>
public static class TaxonomyErrors
{
    /// <summary>A code is not lower-case kebab-case (letters, digits and single hyphens, 1 to 64 characters).</summary>
    public const string InvalidCode = "INVALID_CODE";

    /// <summary>The same code appears twice in one list of a taxonomy.</summary>
    public const string DuplicateCode = "DUPLICATE_CODE";

    /// <summary>A sector code is not in the taxonomy.</summary>
    public const string UnknownSector = "UNKNOWN_SECTOR";

    /// <summary>A profession code is not in the taxonomy.</summary>
    public const string UnknownProfession = "UNKNOWN_PROFESSION";

    /// <summary>A learning category code is not in the taxonomy.</summary>
    public const string UnknownLearningCategory = "UNKNOWN_LEARNING_CATEGORY";

    /// <summary>A place code is not 1 to 16 upper-case letters and digits (such as an ONS code <c>E07000113</c>).</summary>
    public const string InvalidPlace = "INVALID_PLACE";
}
