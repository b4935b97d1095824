namespace Cpd.Api.Tests.Auth.Matrix;

/// <summary>
/// The callers the authorization matrix tells apart, as its columns, each mapped to a caller of
/// <see cref="Schema.Members.MemberWorld"/>. The subject of every probe is ann (a council social worker who applied to the
/// institute) or what belongs to her, the council, or the institute.
/// </summary>
internal static class MatrixRole
{
    /// <summary>The columns, in the CSV's order, with the world's caller playing each.</summary>
    public static readonly IReadOnlyList<(string Column, string Caller)> Columns =
    [
        ("ANONYMOUS", "anonymous"),
        ("MEMBER_SELF", "ann"),
        ("MEMBER_OTHER", "cat"),
        ("ASSESSOR_WITH_ACCESS", "institute"),
        ("ASSESSOR_WITHOUT_ACCESS", "guild"),
        ("HR_SAME_ORG", "council-hr"),
        ("HR_OTHER_ORG", "trust-hr"),
        ("ADMIN", "admin"),
    ];
}
