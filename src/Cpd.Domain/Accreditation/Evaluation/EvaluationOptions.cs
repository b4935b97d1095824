using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>How to evaluate: whether to project eligibility over a horizon (for <c>eligibleFrom</c>, <c>eligibleUntil</c>, <c>projectedMetOn</c>).</summary>
public sealed record EvaluationOptions
{
    /// <summary>Gets the default options: projection on, over five years.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets options without projection (the fastest; <c>eligibleFrom</c> is the evaluation date when eligible, otherwise unknown).</summary>
    public static EvaluationOptions WithoutProjection { get; } = new() { Projection = false };

    /// <summary>Gets a value indicating whether to project over <see cref="Horizon"/>, assuming ongoing experiences continue at their FTE until their recorded end, planned ones happen as recorded, and nothing else is added.</summary>
    public bool Projection { get; init; } = true;

    /// <summary>Gets how far after the evaluation date to project (default <c>P5Y</c>).</summary>
    public Period Horizon { get; init; } = Period.FromYears(5);
}
