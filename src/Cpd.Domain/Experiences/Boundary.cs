namespace Cpd.Domain.Experiences;

/// <summary>A dimension in which an experience can differ from the member's home on a day.</summary>
public enum Boundary
{
    /// <summary>The host's or counterpart's sector differs from the home sector (<c>SECTOR</c>).</summary>
    Sector = 1,

    /// <summary>The host organisation differs from the home organisation (<c>ORGANISATION</c>).</summary>
    Organisation = 2,

    /// <summary>The profession practised or met differs from the home profession (<c>PROFESSION</c>).</summary>
    Profession = 3,

    /// <summary>The host's place differs from the home place (<c>PLACE</c>).</summary>
    Place = 4,
}
