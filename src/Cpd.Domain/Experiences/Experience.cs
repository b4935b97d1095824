using Cpd.Domain.Careers;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>
/// Something a member did beyond home. Each kind has its own shape (see the derived records); all share an id, the member,
/// a title and the attestations that set the <see cref="Verification"/> level.
/// </summary>
public abstract record Experience
{
    /// <summary>The longest accepted title.</summary>
    public const int MaxTitleLength = 300;

    private protected Experience(long id, long memberId, string title)
    {
        Id = id;
        MemberId = memberId;
        Title = title;
    }

    /// <summary>Gets the experience's identifier (the evidence id in eligibility reports).</summary>
    public long Id { get; }

    /// <summary>Gets the member who had the experience.</summary>
    public long MemberId { get; }

    /// <summary>Gets the kind.</summary>
    public abstract ExperienceKind Kind { get; }

    /// <summary>Gets the member's title for it.</summary>
    public string Title { get; }

    /// <summary>Gets the attestations, oldest first.</summary>
    public IReadOnlyList<Attestation> Attestations { get; private init; } = [];

    /// <summary>Gets the highest level among the attestations, or <see cref="VerificationLevel.SelfDeclared"/> without any.</summary>
    public VerificationLevel Verification
    {
        get
        {
            var level = VerificationLevel.SelfDeclared;
            foreach (var a in Attestations)
            {
                if (a.Level > level)
                {
                    level = a.Level;
                }
            }

            return level;
        }
    }

    /// <summary>Gets the first day of the experience (its start, or its date).</summary>
    public abstract LocalDate FirstDay { get; }

    /// <summary>Gets the last day of the experience (its end or its date), or <see langword="null"/> when ongoing.</summary>
    public abstract LocalDate? LastDay { get; }

    /// <summary>Returns a copy with <paramref name="attestation"/> added.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>The attested experience, of the same kind.</returns>
    public Experience WithAttestation(Attestation attestation)
    {
        ArgumentNullException.ThrowIfNull(attestation);
        return this with { Attestations = [.. Attestations, attestation] };
    }

    /// <summary>Returns whether the experience takes place on <paramref name="date"/> (inclusive ends; ongoing has no end).</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when active.</returns>
    public bool IsActiveOn(LocalDate date) => date >= FirstDay && (LastDay is null || date <= LastDay.Value);

    /// <summary>
    /// Returns the host's or counterpart's values in the <paramref name="boundary"/> dimension: sector codes, organisation ids
    /// (as invariant decimal strings), profession codes or place codes. Empty when the experience says nothing about that dimension.
    /// </summary>
    /// <param name="boundary">The dimension.</param>
    /// <returns>The values (a learning event may involve several sectors).</returns>
    public abstract IReadOnlyList<string> BoundaryValues(Boundary boundary);

    /// <summary>
    /// Returns whether the experience crosses <paramref name="boundary"/> on <paramref name="date"/> given the member's home that day:
    /// it is active and one of its <see cref="BoundaryValues"/> differs from home. A day with no home crosses no boundary.
    /// </summary>
    /// <param name="boundary">The dimension.</param>
    /// <param name="home">The member's home that day, or <see langword="null"/>.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when crossed.</returns>
    public bool CrossesOn(Boundary boundary, Home? home, LocalDate date)
    {
        if (home is null || !IsActiveOn(date))
        {
            return false;
        }

        var homeValue = home.ValueOf(boundary);
        if (homeValue is null)
        {
            return false;
        }

        foreach (var v in BoundaryValues(boundary))
        {
            if (!string.Equals(v, homeValue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private protected static void CheckCommon(long id, long memberId, string title, ErrorList errors)
    {
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(memberId <= 0, CommonErrors.InvalidId, "memberId", "The member id must be positive.");
        errors.RequireText(title, "title", MaxTitleLength, CommonErrors.Required, CommonErrors.TooLong);
    }

    private protected static IReadOnlyList<string> Values(string? value) => value is null ? [] : [value];
}
