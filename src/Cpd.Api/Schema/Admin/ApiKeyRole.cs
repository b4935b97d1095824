namespace Cpd.Api.Schema.Admin;

/// <summary>The role an API key is issued for.</summary>
public enum ApiKeyRole
{
    /// <summary>A member (needs <c>memberId</c>).</summary>
    Member,

    /// <summary>An assessor of an accrediting body (needs <c>bodyId</c>).</summary>
    Assessor,

    /// <summary>The HR system of an organisation (needs <c>organisationId</c>).</summary>
    HrSystem,

    /// <summary>An administrator.</summary>
    Admin,
}
