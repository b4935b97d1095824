using Cpd.Api.Schema.Common;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>A cross-sector learning event the caller attended.</summary>
/// <param name="Title">What it was.</param>
/// <param name="Date">The day.</param>
/// <param name="Hours">The hours, more than 0.</param>
/// <param name="Categories">Learning category codes (e.g. <c>participatory</c>), each at most once.</param>
/// <param name="SectorsInvolved">Codes of the sectors involved, each at most once.</param>
public sealed record LogLearningEventInput(
    string Title, LocalDate Date, decimal Hours, IReadOnlyList<string> Categories, IReadOnlyList<string> SectorsInvolved) : MutationInput;
