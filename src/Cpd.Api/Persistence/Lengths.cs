using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;
using Cpd.Domain.Taxonomy;

namespace Cpd.Api.Persistence;

/// <summary>Column lengths, taken from the domain's limits where it has them.</summary>
internal static class Lengths
{
    /// <summary>Taxonomy, body and scheme codes (lower-case kebab-case).</summary>
    public const int Code = 64;

    public const int TermName = 200;

    public const int PersonName = Member.MaxDisplayNameLength;

    /// <summary>Organisation, body and scheme names.</summary>
    public const int OrganisationName = 300;

    public const int Place = PlaceCode.MaxLength;

    public const int Email = 320;

    public const int Reference = 200;

    public const int Title = Experience.MaxTitleLength;

    public const int Role = 200;

    public const int ReflectionText = Reflection.MaxTextLength;

    /// <summary>Reasons, comments, descriptions and audit summaries.</summary>
    public const int LongText = 2000;

    public const int Label = 100;

    /// <summary>A SHA-256 hash (key secrets, link tokens).</summary>
    public const int HashBytes = 32;
}
