using Cpd.GraphQL.Errors;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// The codes the API itself adds, in <c>extensions.code</c> of a GraphQL error or in <c>UserError.code</c>. The domain's
/// codes (<c>REQUIRED</c>, <c>UNKNOWN_SECTOR</c>, …) come from its registries; these are the API's, one registry, and a
/// test checks that every value is unique here and distinct from the domain's.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>The caller is not authenticated (no or an unknown bearer token) and the field needs a caller.</summary>
    public const string Unauthenticated = ErrorCodes.Unauthenticated;

    /// <summary>The caller may not see or do this.</summary>
    public const string Forbidden = ErrorCodes.Forbidden;

    /// <summary>Nothing exists with this id (for this caller).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The record changed since the caller read it (optimistic concurrency), or a unique value is taken.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>A global id does not decode to <c>Type:id</c>, or names another type than the field expects.</summary>
    public const string MalformedId = "MALFORMED_ID";

    /// <summary>A value could not be coerced to its scalar (a <c>Date</c>, <c>DateTime</c> or <c>Period</c> in the wrong form).</summary>
    public const string BadUserInput = ErrorCodes.BadUserInput;

    /// <summary>Paging arguments are out of range or combined wrongly (<c>first</c> with <c>last</c>, negative, above the maximum page size).</summary>
    public const string InvalidPaging = "INVALID_PAGING";

    /// <summary>A cursor (<c>after</c>/<c>before</c>) is not one this list issued.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>The same code or name already exists (e.g. adding a sector whose code is taken).</summary>
    public const string AlreadyExists = "ALREADY_EXISTS";

    /// <summary>The record was already withdrawn or revoked, so it cannot be changed, withdrawn or revoked again.</summary>
    public const string AlreadyWithdrawn = "ALREADY_WITHDRAWN";

    /// <summary>An input field does not apply to the record's kind (e.g. <c>fte</c> for a learning event).</summary>
    public const string NotApplicable = "NOT_APPLICABLE";

    /// <summary>
    /// An attestation link's token is unknown, mistyped, already used or expired, or its experience was withdrawn: one code
    /// and one message for all, so that nobody can probe which tokens were ever issued.
    /// </summary>
    public const string LinkInvalid = "LINK_INVALID";

    /// <summary>A value that should be an e-mail address is not one (e.g. an attestor's address for an attestation link).</summary>
    public const string InvalidEmail = "INVALID_EMAIL";

    /// <summary>An expiry date is not after today (e.g. an access grant that would already have ended).</summary>
    public const string ExpiryNotInFuture = "EXPIRY_NOT_IN_FUTURE";

    /// <summary>Every code of this registry.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Unauthenticated, Forbidden, NotFound, Conflict, MalformedId, BadUserInput, InvalidPaging, InvalidCursor, AlreadyExists, AlreadyWithdrawn, NotApplicable, LinkInvalid, InvalidEmail, ExpiryNotInFuture];
}
