using Cpd.Api.Schema.Common;
using Cpd.Domain.Reflections;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>
/// A reflection. Who sees it at all follows the reflection rules (the member; assessors with access when shared;
/// administrators see that it exists; HR systems never). Its text is resolved separately and only for callers
/// <c>AccessPolicy.CanReadReflectionTextAsync</c> allows: for anyone else each text field is null with FORBIDDEN.
/// </summary>
[GraphQLDescription("A reflection on what worked and what did not. Only its member, and assessors with access when it is shared, read its text; an administrator sees that it exists (the text fields are null with FORBIDDEN); an HR system never sees it.")]
public sealed class Reflection : INode
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The member's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The experience's database id, if it is about one.</summary>
    [GraphQLIgnore]
    public long? ExperienceId { get; init; }

    /// <summary>The stored text, exposed only through the guarded fields.</summary>
    [GraphQLIgnore]
    public string? StoredWhatWorked { get; init; }

    /// <summary>The stored text, exposed only through the guarded fields.</summary>
    [GraphQLIgnore]
    public string StoredWhatDidNotWork { get; init; } = string.Empty;

    /// <summary>The stored text, exposed only through the guarded fields.</summary>
    [GraphQLIgnore]
    public string? StoredWhatIdDoDifferently { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Reflection>(), DatabaseId);

    /// <summary>Who may read it.</summary>
    public ReflectionVisibility Visibility { get; init; }

    /// <summary>When it was written.</summary>
    public Instant CreatedAt { get; init; }

    /// <summary>The optimistic-concurrency version.</summary>
    public long Version { get; init; }
}
