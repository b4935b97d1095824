namespace Cpd.Api.Auth;

/// <summary>What kind of caller is asking; DESIGN.md's "Who may see what" says what each may read and write.</summary>
public enum CallerRole
{
    /// <summary>No credentials were sent.</summary>
    Anonymous = 0,

    /// <summary>A member, reading and writing their own record.</summary>
    Member = 1,

    /// <summary>An assessor of one accrediting body.</summary>
    Assessor = 2,

    /// <summary>The HR system of one organisation.</summary>
    HrSystem = 3,

    /// <summary>An administrator: everything but reflection text.</summary>
    Admin = 4,
}
