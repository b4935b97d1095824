namespace Cpd.Api.Auth;

/// <summary>The external names of <see cref="CallerRole"/> (<c>MEMBER</c>, <c>ASSESSOR</c>, <c>HR_SYSTEM</c>, <c>ADMIN</c>), as the command line, JWT claims and the schema spell them.</summary>
public static class CallerRoles
{
    /// <summary>The roles that credentials can carry (every role but <see cref="CallerRole.Anonymous"/>).</summary>
    public static IReadOnlyList<CallerRole> Issuable { get; } = [CallerRole.Member, CallerRole.Assessor, CallerRole.HrSystem, CallerRole.Admin];

    /// <summary>The external name of a role.</summary>
    public static string ToName(this CallerRole role) => role switch
    {
        CallerRole.Anonymous => "ANONYMOUS",
        CallerRole.Member => "MEMBER",
        CallerRole.Assessor => "ASSESSOR",
        CallerRole.HrSystem => "HR_SYSTEM",
        CallerRole.Admin => "ADMIN",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>Reads an issuable role's external name, ignoring case (<c>hr_system</c> and <c>HR_SYSTEM</c> alike).</summary>
    public static bool TryParse(string? name, out CallerRole role)
    {
        foreach (var candidate in Issuable)
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = CallerRole.Anonymous;
        return false;
    }
}
