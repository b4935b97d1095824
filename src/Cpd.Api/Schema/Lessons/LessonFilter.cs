using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Lessons;

/// <summary>Narrows <c>lessons</c>; every condition given must hold.</summary>
/// <param name="SectorCode">A sector involved: the author's home sector when the experience began, the host organisation's or the counterpart's.</param>
/// <param name="Kind">The kind of experience reflected on.</param>
/// <param name="Text">Words in any of the three texts, in any case (at most 200 characters; % and _ match themselves).</param>
[GraphQLDescription("Narrows `lessons`; every condition given must hold. sectorCode: the author's home sector when the experience began (any employment that day), the host organisation's or the counterpart's; text: part of any of the three texts, in any case, at most 200 characters.")]
public sealed record LessonFilter(string? SectorCode = null, ExperienceKind? Kind = null, string? Text = null);
