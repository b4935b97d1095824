namespace Cpd.Domain.Taxonomy;

/// <summary>
/// The configurable vocabulary of the model: sectors, professions and learning categories.
/// <see cref="Default"/> is seeded with the defaults of the product design; deployments may configure their own with <see cref="Create"/>.
/// </summary>
public sealed class CareerTaxonomy
{
    private const int MaxCodeLength = 64;
    private readonly HashSet<string> _sectors;
    private readonly HashSet<string> _professions;
    private readonly HashSet<string> _categories;

    private CareerTaxonomy(IReadOnlyList<TaxonomyTerm> sectors, IReadOnlyList<TaxonomyTerm> professions, IReadOnlyList<TaxonomyTerm> categories)
    {
        Sectors = sectors;
        Professions = professions;
        LearningCategories = categories;
        _sectors = ToCodeSet(sectors);
        _professions = ToCodeSet(professions);
        _categories = ToCodeSet(categories);
    }

    /// <summary>Gets the taxonomy seeded with the default sectors, professions and learning categories.</summary>
    public static CareerTaxonomy Default { get; } = new(DefaultTaxonomy.Sectors, DefaultTaxonomy.Professions, DefaultTaxonomy.LearningCategories);

    /// <summary>Gets the sectors (fields of public service).</summary>
    public IReadOnlyList<TaxonomyTerm> Sectors { get; }

    /// <summary>Gets the professions (disciplines).</summary>
    public IReadOnlyList<TaxonomyTerm> Professions { get; }

    /// <summary>Gets the learning categories that learning records and learning rules refer to (e.g. <c>participatory</c>, <c>formal</c>).</summary>
    public IReadOnlyList<TaxonomyTerm> LearningCategories { get; }

    /// <summary>Creates a taxonomy, checking that every code is kebab-case, unique in its list, and named.</summary>
    /// <param name="sectors">The sectors.</param>
    /// <param name="professions">The professions.</param>
    /// <param name="learningCategories">The learning categories.</param>
    /// <returns>The taxonomy, or errors with fields such as <c>sectors[3].code</c>.</returns>
    public static Result<CareerTaxonomy> Create(
        IEnumerable<TaxonomyTerm> sectors, IEnumerable<TaxonomyTerm> professions, IEnumerable<TaxonomyTerm> learningCategories)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(professions);
        ArgumentNullException.ThrowIfNull(learningCategories);
        var errors = new ErrorList();
        var s = CheckList(sectors, "sectors", errors);
        var p = CheckList(professions, "professions", errors);
        var c = CheckList(learningCategories, "learningCategories", errors);
        return errors.ToResult(() => new CareerTaxonomy(s, p, c));
    }

    /// <summary>Returns whether <paramref name="code"/> is a well-formed taxonomy code (lower-case kebab-case, 1 to 64 characters).</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsWellFormedCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxCodeLength || code[0] == '-' || code[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            var ok = char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || (ch == '-' && code[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the sector code is known.</summary>
    /// <param name="code">A sector code.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public bool IsSector(string? code) => code is not null && _sectors.Contains(code);

    /// <summary>Returns whether the profession code is known.</summary>
    /// <param name="code">A profession code.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public bool IsProfession(string? code) => code is not null && _professions.Contains(code);

    /// <summary>Returns whether the learning category code is known.</summary>
    /// <param name="code">A learning category code.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public bool IsLearningCategory(string? code) => code is not null && _categories.Contains(code);

    internal void CheckSector(string? code, string field, ErrorList errors, bool required = true)
    {
        if (code is null && !required)
        {
            return;
        }

        errors.AddIf(!IsSector(code), TaxonomyErrors.UnknownSector, field, $"'{code}' is not a known sector.");
    }

    internal void CheckProfession(string? code, string field, ErrorList errors, bool required = true)
    {
        if (code is null && !required)
        {
            return;
        }

        errors.AddIf(!IsProfession(code), TaxonomyErrors.UnknownProfession, field, $"'{code}' is not a known profession.");
    }

    internal static void CheckPlace(string? code, string field, ErrorList errors)
    {
        if (code is not null)
        {
            errors.AddIf(!PlaceCode.IsValid(code), TaxonomyErrors.InvalidPlace, field, $"'{code}' is not a place code (1 to 16 upper-case letters and digits).");
        }
    }

    private static TaxonomyTerm[] CheckList(IEnumerable<TaxonomyTerm> terms, string field, ErrorList errors)
    {
        var list = terms.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var term = list[i];
            if (term is null)
            {
                errors.Add(CommonErrors.Required, $"{field}[{i}]", "A taxonomy entry is required.");
                continue;
            }

            if (!IsWellFormedCode(term.Code))
            {
                errors.Add(TaxonomyErrors.InvalidCode, $"{field}[{i}].code", $"'{term.Code}' is not a lower-case kebab-case code.");
            }
            else if (!seen.Add(term.Code))
            {
                errors.Add(TaxonomyErrors.DuplicateCode, $"{field}[{i}].code", $"'{term.Code}' appears more than once.");
            }

            errors.RequireText(term.Name, $"{field}[{i}].name", 200, CommonErrors.Required, CommonErrors.TooLong);
        }

        return list;
    }

    private static HashSet<string> ToCodeSet(IReadOnlyList<TaxonomyTerm> terms)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            set.Add(t.Code);
        }

        return set;
    }
}
