namespace Cpd.GraphQL.Validation;

/// <summary>How <see cref="Validator.Validate"/> runs: which rules, how many errors at most, and whether errors suggest names.</summary>
public sealed class ValidationOptions
{
    /// <summary>The options used when none are given: every specified rule, 100 errors, suggestions on.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rules to run, in order (default <see cref="SpecifiedRules.All"/>).</summary>
    public IReadOnlyList<ValidationRule> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>
    /// The most errors to report; validation stops once reached and adds graphql-js's
    /// "Too many validation errors, error limit reached. Validation aborted." error (default 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Whether errors carry "Did you mean …?" hints (default <see langword="true"/>). Turn it off when
    /// introspection is disabled so that errors do not reveal the schema.
    /// </summary>
    public bool EnableSuggestions { get; init; } = true;
}
