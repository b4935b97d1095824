using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Workforce;

/// <summary>The rows of an HR system's extract to upsert.</summary>
/// <param name="Rows">At most <see cref="WorkforceSync.MaxRows"/> rows; clients send larger extracts in chunks.</param>
/// <param name="OrganisationId">The organisation (administrators only; an HR system always syncs its own).</param>
public sealed record SyncWorkforceInput(IReadOnlyList<WorkforceRowInput> Rows, string? OrganisationId = null) : MutationInput;
