using Cpd.Api.Auth;

namespace Cpd.Api.Schema.Common;

/// <summary>The access checks every resolver shares, worded once: a field error for queries, a user error for mutations.</summary>
public static class Access
{
    /// <summary>Fails the field with <c>UNAUTHENTICATED</c> unless the caller sent valid credentials.</summary>
    /// <param name="policy">The request's policy.</param>
    /// <exception cref="GraphQL.Errors.GraphQLException">The caller is anonymous.</exception>
    public static void RequireAuthenticated(this AccessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!policy.Caller.IsAuthenticated)
        {
            throw ApiError.Unauthenticated();
        }
    }

    /// <summary>Fails the field with <c>UNAUTHENTICATED</c> for an anonymous caller, or <c>FORBIDDEN</c> unless <paramref name="allowed"/>.</summary>
    /// <param name="policy">The request's policy.</param>
    /// <param name="allowed">The policy's answer, e.g. <c>policy.CanReadAuditLog</c>.</param>
    /// <exception cref="GraphQL.Errors.GraphQLException">The caller may not read this.</exception>
    public static void Require(this AccessPolicy policy, bool allowed)
    {
        policy.RequireAuthenticated();
        if (!allowed)
        {
            throw ApiError.Forbidden();
        }
    }

    /// <summary>The user error refusing a mutation that only an administrator may run, or <see langword="null"/> for an administrator.</summary>
    /// <param name="policy">The request's policy.</param>
    /// <returns><c>UNAUTHENTICATED</c> for an anonymous caller, <c>FORBIDDEN</c> for any other non-administrator, else null.</returns>
    public static UserError? DenyUnlessAdministrator(this AccessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.DenyUnless(policy.CanAdminister, "Only an administrator may do this.");
    }

    /// <summary>The user error of a mutation the caller may not make: <c>UNAUTHENTICATED</c> without credentials, <c>FORBIDDEN</c> unless <paramref name="allowed"/>; null when allowed.</summary>
    /// <param name="policy">The caller's policy.</param>
    /// <param name="allowed">The policy's answer to the mutation's "may I" question.</param>
    /// <param name="message">Why a caller who is not allowed is refused.</param>
    /// <returns>The user error, or null.</returns>
    public static UserError? DenyUnless(this AccessPolicy policy, bool allowed, string message)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!policy.Caller.IsAuthenticated)
        {
            return new UserError(ApiErrorCodes.Unauthenticated, "Authentication is required: send Authorization: Bearer <API key>.");
        }

        return allowed ? null : new UserError(ApiErrorCodes.Forbidden, message);
    }
}
