using NodaTime;

namespace Cpd.Domain.Reflections;

/// <summary>
/// A member's honest reflection, usually on one experience: what worked, what did not work (required: it is the point),
/// and what they would do differently. Private unless the member shares or publishes it.
/// </summary>
public sealed record Reflection
{
    /// <summary>The longest accepted text of one field.</summary>
    public const int MaxTextLength = 10_000;

    private Reflection(long id, long memberId, long? experienceId, string? whatWorked, string whatDidNotWork, string? whatIdDoDifferently, ReflectionVisibility visibility, Instant recordedAt)
    {
        Id = id;
        MemberId = memberId;
        ExperienceId = experienceId;
        WhatWorked = whatWorked;
        WhatDidNotWork = whatDidNotWork;
        WhatIdDoDifferently = whatIdDoDifferently;
        Visibility = visibility;
        RecordedAt = recordedAt;
    }

    /// <summary>Gets the reflection's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the member who wrote it.</summary>
    public long MemberId { get; }

    /// <summary>Gets the experience it is about, or <see langword="null"/> for a general reflection.</summary>
    public long? ExperienceId { get; }

    /// <summary>Gets what worked, if said.</summary>
    public string? WhatWorked { get; }

    /// <summary>Gets what did not work (never blank).</summary>
    public string WhatDidNotWork { get; }

    /// <summary>Gets what the member would do differently, if said.</summary>
    public string? WhatIdDoDifferently { get; }

    /// <summary>Gets who may read it.</summary>
    public ReflectionVisibility Visibility { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Creates a reflection timed by <paramref name="clock"/>.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="experienceId">The experience it is about, or <see langword="null"/>.</param>
    /// <param name="whatWorked">What worked, or <see langword="null"/>.</param>
    /// <param name="whatDidNotWork">What did not work (required).</param>
    /// <param name="whatIdDoDifferently">What the member would do differently, or <see langword="null"/>.</param>
    /// <param name="visibility">The visibility; <see cref="ReflectionVisibility.Private"/> unless the member chooses otherwise.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The reflection or field errors.</returns>
    public static Result<Reflection> Create(
        long id, long memberId, long? experienceId, string? whatWorked, string whatDidNotWork, string? whatIdDoDifferently, ReflectionVisibility visibility, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Restore(id, memberId, experienceId, whatWorked, whatDidNotWork, whatIdDoDifferently, visibility, clock.GetCurrentInstant());
    }

    /// <summary>Rebuilds a reflection recorded at a known time, such as one read back from storage; validated like <see cref="Create"/>.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="experienceId">The experience it is about, or <see langword="null"/>.</param>
    /// <param name="whatWorked">What worked, or <see langword="null"/>.</param>
    /// <param name="whatDidNotWork">What did not work (required).</param>
    /// <param name="whatIdDoDifferently">What the member would do differently, or <see langword="null"/>.</param>
    /// <param name="visibility">The visibility.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <returns>The reflection or field errors.</returns>
    public static Result<Reflection> Restore(
        long id, long memberId, long? experienceId, string? whatWorked, string whatDidNotWork, string? whatIdDoDifferently, ReflectionVisibility visibility, Instant recordedAt)
    {
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(memberId <= 0, CommonErrors.InvalidId, "memberId", "The member id must be positive.");
        errors.AddIf(experienceId is <= 0, CommonErrors.InvalidId, "experienceId", "The experience id must be positive.");
        errors.RequireText(whatDidNotWork, "whatDidNotWork", MaxTextLength, CommonErrors.Required, CommonErrors.TooLong);
        errors.AddIf(whatWorked is { Length: > MaxTextLength }, CommonErrors.TooLong, "whatWorked", $"whatWorked must be at most {MaxTextLength} characters.");
        errors.AddIf(whatIdDoDifferently is { Length: > MaxTextLength }, CommonErrors.TooLong, "whatIdDoDifferently", $"whatIdDoDifferently must be at most {MaxTextLength} characters.");
        CheckVisibility(visibility, errors);
        return errors.ToResult(() => new Reflection(
            id, memberId, experienceId, Blank(whatWorked), whatDidNotWork.Trim(), Blank(whatIdDoDifferently), visibility, recordedAt));
    }

    /// <summary>Returns a copy with another visibility.</summary>
    /// <param name="visibility">The new visibility.</param>
    /// <returns>The reflection or <see cref="ReflectionErrors.UnknownVisibility"/>.</returns>
    public Result<Reflection> WithVisibility(ReflectionVisibility visibility)
    {
        var errors = new ErrorList();
        CheckVisibility(visibility, errors);
        return errors.ToResult(() => new Reflection(Id, MemberId, ExperienceId, WhatWorked, WhatDidNotWork, WhatIdDoDifferently, visibility, RecordedAt));
    }

    private static void CheckVisibility(ReflectionVisibility visibility, ErrorList errors) =>
        errors.AddIf(visibility is < ReflectionVisibility.Private or > ReflectionVisibility.PublishedAnonymised, ReflectionErrors.UnknownVisibility, "visibility", "Unknown visibility.");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
