using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Domain;
using Cpd.Domain.Careers;
using Cpd.Domain.Members;
using Cpd.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Workforce;

/// <summary>
/// Applies an HR extract in batches of <see cref="BatchSize"/> rows, each batch one transaction on a context of its own
/// (so nothing tracked outlives its batch). A row is matched to a member by (organisation, external id), then by the
/// person's employer link code, then by the registration of a member the organisation knows, else it creates a member; its employment at the
/// organisation is the one carrying the row's external id. A row the organisation does not know yet reaches an existing
/// member only with the link code that member created (consumed in the batch's transaction): a member id or the
/// registration of a member the organisation does not know is refused, so that an HR system cannot claim anyone. A rejected row writes nothing; a batch that writes anything
/// adds one audit entry with its counts. A singleton.
/// </summary>
public sealed partial class WorkforceSync(IDbContextFactory<CpdDbContext> contexts, IdAllocator ids, AuditLog audit, IClock clock)
{
    /// <summary>The most rows one request may carry.</summary>
    public const int MaxRows = 5000;

    /// <summary>
    /// The largest request body the API accepts (16 MiB), raised from the engine's 1 MiB default so that a request of
    /// <see cref="MaxRows"/> rows fits: 5,000 realistic rows (long names, emails and roles) are about 2.0 MB of JSON, and
    /// 5,000 rows with every text field at its longest (ASCII) about 6.7 MB. A larger body is refused with 413
    /// <c>PAYLOAD_TOO_LARGE</c>; clients send at most <see cref="MaxRows"/> rows and at most this many bytes per request.
    /// </summary>
    public const long MaxRequestBodySize = 16L * 1024 * 1024;

    /// <summary>The rows written per transaction.</summary>
    public const int BatchSize = 500;

    private const string MemberType = "Member";
    private const string EmploymentType = "Employment";

    /// <summary>Applies every row and reports each, in input order.</summary>
    /// <param name="input">The rows (at most <see cref="MaxRows"/>).</param>
    /// <param name="organisation">The employer, already authorised.</param>
    /// <param name="taxonomy">The taxonomy professions are checked against.</param>
    /// <param name="caller">Who syncs (for the audit log).</param>
    /// <param name="cancellationToken">Cancels the sync between or within batches (a cancelled batch writes nothing).</param>
    /// <returns>One result per row.</returns>
    public async Task<IReadOnlyList<WorkforceRowResult>> RunAsync(
        SyncWorkforceInput input, Organisation organisation, CareerTaxonomy taxonomy, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(caller);
        var results = new List<WorkforceRowResult>(input.Rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < input.Rows.Count; first += BatchSize)
        {
            var batch = new Batch(input, first, Math.Min(BatchSize, input.Rows.Count - first), organisation, taxonomy, seen);
            var conflict = new WorkforceBatch([.. batch.Indices.Select(i => Rejected(input.Rows[i], i, [
                new UserError(ApiErrorCodes.Conflict, "Another writer changed these records meanwhile; send the row again.")]))]);
            var written = await contexts.WriteAsync(input, conflict, db => ApplyAsync(db, batch, caller, cancellationToken), cancellationToken).ConfigureAwait(false);
            results.AddRange(written.Errors.Count == 0 ? written.Rows : conflict.Rows);
        }

        return results;
    }

    private async Task<WorkforceBatch> ApplyAsync(CpdDbContext db, Batch batch, Caller caller, CancellationToken cancellationToken)
    {
        // Every write below is an explicit Add or Bump (which marks the record Modified), so the change tracker need not
        // compare the snapshots of a batch's 1,500 entities: profiling showed DetectChanges running twice per save (once
        // for the version bump, once in SaveChanges) among the batch's larger costs.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetCurrentInstant();
        var lookups = await Lookups.LoadAsync(db, batch, now, cancellationToken).ConfigureAwait(false);
        var results = new List<WorkforceRowResult>(batch.Indices.Count);
        foreach (var index in batch.Indices)
        {
            var row = batch.Input.Rows[index];
            var errors = batch.Validate(index);
            MemberLinkCodeRecord? code = null;
            var member = errors.Count == 0 ? lookups.Match(row, index, errors, out code) : null;
            if (code is not null && !await ConsumeAsync(db, code, batch.Organisation.Id, now, cancellationToken).ConfigureAwait(false))
            {
                errors.Add(UserError.At(WorkforceErrorCodes.LinkCodeInvalid, $"rows[{index}].linkCode", "This link code was used meanwhile. Ask the person for a new code (createEmployerLinkCode)."));
            }

            if (errors.Count > 0)
            {
                results.Add(Rejected(row, index, errors));
                continue;
            }

            var created = false;
            var changed = false;
            if (member is null)
            {
                member = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db, cancellationToken).ConfigureAwait(false), CreatedAt = now, UpdatedAt = now };
                db.Members.Add(member);
                created = true;
            }

            var name = Member.Create(member.Id, row.DisplayName).Unwrap().DisplayName;
            var registration = row.ProfessionalRegistration ?? member.ProfessionalRegistration;
            if (!created && (member.DisplayName != name || member.WorkEmail != row.WorkEmail || member.ProfessionalRegistration != registration))
            {
                db.Bump(member);
                member.UpdatedAt = now;
                changed = true;
            }

            var previousRegistration = member.ProfessionalRegistration;
            (member.DisplayName, member.WorkEmail, member.ProfessionalRegistration) = (name, row.WorkEmail, registration);
            lookups.Remember(member, previousRegistration);
            if (lookups.Link(row.ExternalId, member.Id))
            {
                db.MemberExternalIds.Add(new MemberExternalIdRecord { OrganisationId = batch.Organisation.Id, ExternalId = row.ExternalId, MemberId = member.Id });
                changed = true;
            }

            var job = Employment.Create(1, member.Id, batch.Organisation, row.Role, row.ProfessionCode, row.Start, row.End, row.Fte, batch.Taxonomy).Unwrap();
            var professionId = lookups.ProfessionIds[job.ProfessionCode];
            var employment = lookups.EmploymentOf(member.Id, row.ExternalId);
            if (employment is null)
            {
                employment = new EmploymentRecord
                {
                    Id = await ids.NextAsync<EmploymentRecord>(db, cancellationToken).ConfigureAwait(false),
                    MemberId = member.Id,
                    OrganisationId = batch.Organisation.Id,
                    ExternalRef = row.ExternalId,
                };
                db.Employments.Add(employment);
                lookups.Remember(employment);
                created = true;
            }
            else if (employment.Role != job.Role || employment.ProfessionId != professionId || employment.Start != job.Start || employment.End != job.End || employment.Fte != job.Fte)
            {
                db.Bump(employment);
                changed = true;
            }

            (employment.Role, employment.ProfessionId, employment.Start, employment.End, employment.Fte) = (job.Role, professionId, job.Start, job.End, job.Fte);
            var status = created ? WorkforceRowStatus.Created : changed ? WorkforceRowStatus.Updated : WorkforceRowStatus.Unchanged;
            results.Add(new WorkforceRowResult(index, row.ExternalId, status, GlobalId.Format(MemberType, member.Id), GlobalId.Format(EmploymentType, employment.Id), []));
        }

        var counts = results.CountBy(r => r.Status).ToDictionary();
        if (counts.GetValueOrDefault(WorkforceRowStatus.Created) + counts.GetValueOrDefault(WorkforceRowStatus.Updated) > 0)
        {
            var summary = $"Workforce rows {batch.Indices[0]}-{batch.Indices[^1]}: {counts.GetValueOrDefault(WorkforceRowStatus.Created)} created, "
                + $"{counts.GetValueOrDefault(WorkforceRowStatus.Updated)} updated, {counts.GetValueOrDefault(WorkforceRowStatus.Unchanged)} unchanged, "
                + $"{counts.GetValueOrDefault(WorkforceRowStatus.Rejected)} rejected";
            await audit.RecordAsync(db, caller, "syncWorkforce", "Organisation", batch.Organisation.Id, summary, cancellationToken).ConfigureAwait(false);
        }

        return batch.Input.Accept(new WorkforceBatch(results));
    }

    /// <summary>
    /// Marks a link code used by the organisation, in the batch's transaction; false when it was used or revoked since it
    /// was read (a conditional update, so two writers cannot both use it).
    /// </summary>
    private static async Task<bool> ConsumeAsync(CpdDbContext db, MemberLinkCodeRecord code, long organisationId, Instant now, CancellationToken cancellationToken) =>
        await db.MemberLinkCodes.Where(c => c.Id == code.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now).SetProperty(c => c.UsedByOrganisationId, organisationId), cancellationToken).ConfigureAwait(false) == 1;

    private static WorkforceRowResult Rejected(WorkforceRowInput row, int index, IReadOnlyList<UserError> errors) =>
        new(index, row.ExternalId, WorkforceRowStatus.Rejected, null, null, errors);

    /// <summary>One batch's rows and what every row of the request shares.</summary>
    private sealed class Batch(SyncWorkforceInput input, int first, int count, Organisation organisation, CareerTaxonomy taxonomy, HashSet<string> seen)
    {
        public SyncWorkforceInput Input { get; } = input;

        public IReadOnlyList<int> Indices { get; } = [.. Enumerable.Range(first, count)];

        public Organisation Organisation { get; } = organisation;

        public CareerTaxonomy Taxonomy { get; } = taxonomy;

        public IEnumerable<WorkforceRowInput> Rows => Indices.Select(i => Input.Rows[i]);

        /// <summary>The row's own faults: the domain's checks, stored lengths, and a repeated external id.</summary>
        public List<UserError> Validate(int index)
        {
            var row = Input.Rows[index];
            var domain = new List<DomainError>();
            if (string.IsNullOrWhiteSpace(row.ExternalId))
            {
                domain.Add(new DomainError(CommonErrors.Required, "externalId", "The external id is required."));
            }

            TooLong(domain, row.ExternalId, "externalId", Lengths.Reference);
            TooLong(domain, row.WorkEmail, "workEmail", Lengths.Email);
            TooLong(domain, row.ProfessionalRegistration, "professionalRegistration", Lengths.Reference);
            if (Member.Create(1, row.DisplayName) is { IsSuccess: false } member)
            {
                domain.AddRange(member.Errors);
            }

            if (Employment.Create(1, 1, Organisation, row.Role, row.ProfessionCode, row.Start, row.End, row.Fte, Taxonomy) is { IsSuccess: false } job)
            {
                domain.AddRange(job.Errors);
            }

            var errors = domain.Select(e => new UserError(e.Code, e.Message, FieldPath.Split($"rows[{index}].{e.Field}"))).ToList();
            if (!string.IsNullOrWhiteSpace(row.ExternalId) && !seen.Add(row.ExternalId))
            {
                errors.Add(UserError.At(WorkforceErrorCodes.DuplicateExternalId, $"rows[{index}].externalId", $"The external id \"{row.ExternalId}\" appears earlier in this request; send each person once."));
            }

            return errors;
        }

        private static void TooLong(List<DomainError> errors, string? value, string field, int maxLength)
        {
            if (value?.Length > maxLength)
            {
                errors.Add(new DomainError(CommonErrors.TooLong, field, $"At most {maxLength} characters."));
            }
        }
    }
}
