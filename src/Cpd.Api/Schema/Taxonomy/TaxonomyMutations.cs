using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Domain;
using Cpd.Domain.Taxonomy;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary><c>addSector</c> and <c>addProfession</c>: administrators extend the taxonomy; the domain checks each code.</summary>
[ExtendObjectType("Mutation")]
public sealed class TaxonomyMutations
{
    /// <summary>Adds a sector.</summary>
    [GraphQLDescription("Adds a sector (administrators only). Errors: INVALID_CODE, DUPLICATE_CODE, REQUIRED, TOO_LONG, FORBIDDEN.")]
    public async Task<AddSectorPayload> AddSectorAsync(
        AddSectorInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new AddSectorPayload(null);
        if (policy.DenyUnlessAdministrator() is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var term = new TaxonomyTerm(input.Code, input.Name);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            var errors = NewTermErrors(CareerTaxonomy.Create([.. taxonomy.Sectors, term], taxonomy.Professions, taxonomy.LearningCategories), "sectors", taxonomy.Sectors.Count);
            if (errors.Count > 0)
            {
                return input.Reject(rejected, errors);
            }

            var sector = new SectorRecord { Id = await ids.NextAsync<SectorRecord>(db, cancellationToken).ConfigureAwait(false), Code = term.Code, Name = term.Name };
            db.Sectors.Add(sector);
            await audit.RecordAsync(db, policy.Caller, "addSector", "Sector", sector.Id, $"Sector {term.Code} '{term.Name}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(new AddSectorPayload(new Sector { Code = sector.Code, Name = sector.Name }));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a profession.</summary>
    [GraphQLDescription("Adds a profession (administrators only). Errors: INVALID_CODE, DUPLICATE_CODE, REQUIRED, TOO_LONG, FORBIDDEN.")]
    public async Task<AddProfessionPayload> AddProfessionAsync(
        AddProfessionInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new AddProfessionPayload(null);
        if (policy.DenyUnlessAdministrator() is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var term = new TaxonomyTerm(input.Code, input.Name);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            var errors = NewTermErrors(CareerTaxonomy.Create(taxonomy.Sectors, [.. taxonomy.Professions, term], taxonomy.LearningCategories), "professions", taxonomy.Professions.Count);
            if (errors.Count > 0)
            {
                return input.Reject(rejected, errors);
            }

            var profession = new ProfessionRecord { Id = await ids.NextAsync<ProfessionRecord>(db, cancellationToken).ConfigureAwait(false), Code = term.Code, Name = term.Name };
            db.Professions.Add(profession);
            await audit.RecordAsync(db, policy.Caller, "addProfession", "Profession", profession.Id, $"Profession {term.Code} '{term.Name}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(new AddProfessionPayload(new Profession { Code = profession.Code, Name = profession.Name }));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The domain's errors for a taxonomy extended by one term, re-pathed from the list entry (<c>sectors[11].code</c>)
    /// to the input's field (<c>code</c>).
    /// </summary>
    private static List<UserError> NewTermErrors(Result<CareerTaxonomy> extended, string list, int index)
    {
        var prefix = $"{list}[{index}].";
        return [.. extended.Errors.Select(e => UserError.From(e with
        {
            Field = e.Field.StartsWith(prefix, StringComparison.Ordinal) ? e.Field[prefix.Length..] : e.Field,
            Message = e.Message.Replace(prefix, string.Empty, StringComparison.Ordinal),
        }))];
    }
}
