using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;

namespace Cpd.Domain.Reflections;

/// <summary>A reflection published anonymised: the kind of experience, the sectors involved and the text, with no identity.</summary>
/// <param name="Kind">The kind of experience reflected on, or <see langword="null"/> for a general reflection.</param>
/// <param name="Sectors">The member's home sector and the experience's sectors, distinct, home first.</param>
/// <param name="WhatWorked">What worked, if said.</param>
/// <param name="WhatDidNotWork">What did not work.</param>
/// <param name="WhatIdDoDifferently">What the author would do differently, if said.</param>
public sealed record Lesson(ExperienceKind? Kind, IReadOnlyList<string> Sectors, string? WhatWorked, string WhatDidNotWork, string? WhatIdDoDifferently)
{
    /// <summary>Makes the lesson of a published reflection.</summary>
    /// <param name="reflection">The reflection; it must be <see cref="ReflectionVisibility.PublishedAnonymised"/>.</param>
    /// <param name="experience">The experience it is about, or <see langword="null"/>.</param>
    /// <param name="home">The author's home when the experience began (for the home sector), or <see langword="null"/>.</param>
    /// <returns>The lesson or an error coded <see cref="ReflectionErrors.NotPublished"/> / <see cref="ReflectionErrors.ExperienceMismatch"/>.</returns>
    public static Result<Lesson> From(Reflection reflection, Experience? experience, Home? home)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        if (reflection.Visibility != ReflectionVisibility.PublishedAnonymised)
        {
            return Result.Failure<Lesson>(ReflectionErrors.NotPublished, "visibility", "Only a reflection published anonymised becomes a lesson.");
        }

        if (experience is not null && experience.Id != reflection.ExperienceId)
        {
            return Result.Failure<Lesson>(ReflectionErrors.ExperienceMismatch, "experienceId", "The experience is not the one the reflection is about.");
        }

        var sectors = new List<string>();
        if (home is not null)
        {
            sectors.Add(home.SectorCode);
        }

        if (experience is not null)
        {
            foreach (var s in experience.BoundaryValues(Boundary.Sector))
            {
                if (!sectors.Contains(s))
                {
                    sectors.Add(s);
                }
            }
        }

        return Result.Success(new Lesson(experience?.Kind, sectors, reflection.WhatWorked, reflection.WhatDidNotWork, reflection.WhatIdDoDifferently));
    }
}
