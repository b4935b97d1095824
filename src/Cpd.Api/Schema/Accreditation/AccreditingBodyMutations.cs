using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Domain.Taxonomy;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>addAccreditingBody</c>: administrators only; the domain's <c>AccreditingBody.Create</c> checks the name.</summary>
[ExtendObjectType("Mutation")]
public sealed class AccreditingBodyMutations
{
    /// <summary>Adds an accrediting body.</summary>
    [GraphQLDescription("Adds an accrediting body (administrators only). Errors: INVALID_CODE, ALREADY_EXISTS, REQUIRED, TOO_LONG, FORBIDDEN.")]
    public async Task<AddAccreditingBodyPayload> AddAccreditingBodyAsync(
        AddAccreditingBodyInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (policy.DenyUnlessAdministrator() is { } denied)
        {
            return input.Reject(new AddAccreditingBodyPayload(null), denied);
        }

        var rejected = new AddAccreditingBodyPayload(null);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var id = await ids.NextAsync<AccreditingBodyRecord>(db, cancellationToken).ConfigureAwait(false);
            var body = Domain.Accreditation.AccreditingBody.Create(id, input.Name);
            var errors = UserError.From(body.Errors).ToList();
            if (!CareerTaxonomy.IsWellFormedCode(input.Code))
            {
                errors.Insert(0, UserError.At(TaxonomyErrors.InvalidCode, "code", $"'{input.Code}' is not a lower-case kebab-case code."));
            }
            else if (await db.AccreditingBodies.AnyAsync(b => b.Code == input.Code, cancellationToken).ConfigureAwait(false))
            {
                errors.Insert(0, UserError.At(ApiErrorCodes.AlreadyExists, "code", $"An accrediting body already has the code '{input.Code}'."));
            }

            if (errors.Count > 0)
            {
                return input.Reject(rejected, errors);
            }

            var record = new AccreditingBodyRecord { Id = id, Code = input.Code, Name = body.Value.Name };
            db.AccreditingBodies.Add(record);
            await audit.RecordAsync(db, policy.Caller, "addAccreditingBody", "AccreditingBody", id, $"Accrediting body {record.Code} '{record.Name}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(new AddAccreditingBodyPayload(mapper.Map<AccreditingBody>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }
}
