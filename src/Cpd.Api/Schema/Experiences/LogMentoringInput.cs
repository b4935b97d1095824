using Cpd.Api.Schema.Common;
using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>Mentoring the caller gave or received, with a counterpart in a sector (and profession).</summary>
/// <param name="Title">What it was.</param>
/// <param name="Role">MENTOR or MENTEE.</param>
/// <param name="CounterpartName">The other person's name.</param>
/// <param name="CounterpartSectorCode">The counterpart's sector code.</param>
/// <param name="Start">The first day.</param>
/// <param name="Fte">The full-time equivalent, more than 0 and at most 1.</param>
/// <param name="End">The last day; null while ongoing.</param>
/// <param name="CounterpartProfessionCode">The counterpart's profession code, if known.</param>
public sealed record LogMentoringInput(
    string Title, MentoringRole Role, string CounterpartName, string CounterpartSectorCode, LocalDate Start, decimal Fte,
    LocalDate? End = null, string? CounterpartProfessionCode = null) : MutationInput;
