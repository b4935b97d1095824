using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>
/// A learning record (learning event or CPD activity): a date, hours and learning categories. Its hours count as learning hours;
/// when a rule caps or filters by category, the record's hours go to the first of its categories that the rule counts.
/// </summary>
public abstract record LearningRecord : EventExperience
{
    private protected LearningRecord(long id, long memberId, string title, LocalDate date, decimal hours, IReadOnlyList<string> categories)
        : base(id, memberId, title, date, NormaliseHours(hours))
    {
        Categories = categories;
    }

    /// <summary>Gets the learning category codes, primary first.</summary>
    public IReadOnlyList<string> Categories { get; }

    private protected static ErrorList CheckLearning(long id, long memberId, string title, decimal hours, IReadOnlyList<string> categories, CareerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = CheckEvent(id, memberId, title, hours);
        CheckCodes(categories, "categories", errors, taxonomy.IsLearningCategory, TaxonomyErrors.UnknownLearningCategory, "learning category");
        return errors;
    }

    private protected static void CheckCodes(IReadOnlyList<string> codes, string field, ErrorList errors, Func<string, bool> isKnown, string unknownCode, string noun)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            if (!isKnown(code))
            {
                errors.Add(unknownCode, $"{field}[{i}]", $"'{code}' is not a known {noun}.");
            }
            else
            {
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(codes[j], code, StringComparison.Ordinal))
                    {
                        errors.Add(ExperienceErrors.DuplicateValue, $"{field}[{i}]", $"'{code}' is listed twice.");
                        break;
                    }
                }
            }
        }
    }
}
