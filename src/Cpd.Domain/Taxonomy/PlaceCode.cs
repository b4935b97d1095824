namespace Cpd.Domain.Taxonomy;

/// <summary>Rules for place codes: local area codes such as the ONS local authority district code <c>E07000113</c>.</summary>
public static class PlaceCode
{
    /// <summary>The longest accepted place code.</summary>
    public const int MaxLength = 16;

    /// <summary>Returns whether <paramref name="code"/> is 1 to 16 upper-case ASCII letters and digits.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns><see langword="true"/> when the code is well formed.</returns>
    public static bool IsValid(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
