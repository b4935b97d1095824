using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Lessons;

/// <summary>
/// A reflection its member published anonymised, as the lessons exchange shows it: the text, and (resolved through the
/// domain's <c>Lesson</c>) the kind of experience and the sectors involved. It carries no member, name, organisation or
/// date: the hidden fields below only serve the resolvers.
/// </summary>
[GraphQLDescription("A reflection published anonymised: what worked, what did not and what the author would do differently, with the kind of experience and the sectors involved. It names no member, organisation or date.")]
public sealed class Lesson
{
    /// <summary>The reflection's database id (the list's order).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The author (never exposed).</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The experience reflected on, if any (never exposed).</summary>
    [GraphQLIgnore]
    public long? ExperienceId { get; init; }

    /// <summary>When the reflection was written (never exposed; the author's home that day gives a general reflection's sector).</summary>
    [GraphQLIgnore]
    public Instant CreatedAt { get; init; }

    /// <summary>What worked, if said.</summary>
    public string? WhatWorked { get; init; }

    /// <summary>What did not work.</summary>
    public string WhatDidNotWork { get; init; } = string.Empty;

    /// <summary>What the author would do differently, if said.</summary>
    public string? WhatIdDoDifferently { get; init; }
}
