using Cpd.Api.Schema.Common;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>Other learning the caller did.</summary>
/// <param name="Title">What it was.</param>
/// <param name="Date">The day.</param>
/// <param name="Hours">The hours, more than 0.</param>
/// <param name="Categories">Learning category codes, each at most once.</param>
public sealed record LogCpdActivityInput(string Title, LocalDate Date, decimal Hours, IReadOnlyList<string> Categories) : MutationInput;
