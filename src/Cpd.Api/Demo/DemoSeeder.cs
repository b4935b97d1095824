using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Serialization;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain.Accreditation;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using DomainOrganisation = Cpd.Domain.Careers.Organisation;

namespace Cpd.Api.Demo;

/// <summary>
/// Seeds <see cref="DemoDataset"/> into a migrated database that has no members yet (the default taxonomy must be there, as the
/// app seeds it at start-up), in one transaction: organisations, the Institute of Place Leadership with the reference scheme's
/// versions 1 and 2, the people's members and employments, and — placed relative to the clock's today with a fixed random
/// seed — their experiences, attestations, reflections, connections, access grants, applications and awards. Every record is
/// built from a domain object made by its factory, so the domain's validation runs; ids come from <see cref="IdAllocator"/>.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<CpdDbContext> contexts, IdAllocator ids, IClock clock, AuditLog audit)
{
    /// <summary>The random seed: the same database and day give the same data.</summary>
    public const int RandomSeed = 20_261_122;

    /// <summary>The name the seeding is recorded under in the audit log.</summary>
    public const string ActorName = "demo";

    /// <summary>Seeds the demo data unless the database already has members.</summary>
    /// <param name="cancellationToken">Cancels the seeding (nothing is written).</param>
    /// <returns>True when it seeded, false when the database already had members (it is left as it was).</returns>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (await db.Members.AnyAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                var run = await DemoRun.StartAsync(db, ids, clock, cancellationToken).ConfigureAwait(false);
                await AddOrganisationsAsync(run, cancellationToken).ConfigureAwait(false);
                await AddSchemeAsync(run, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < DemoDataset.People.Count; i++)
                {
                    var career = await DemoCareer.AddAsync(run, DemoDataset.People[i], new Random(RandomSeed + i), cancellationToken).ConfigureAwait(false);
                    await career.AddAccessAndApplicationsAsync(cancellationToken).ConfigureAwait(false);
                }

                await audit.RecordAsync(db, Caller.ForAdmin(ActorName), "seedDemo", "Demo", null,
                    $"Demo data: {DemoDataset.Organisations.Count} organisations, {DemoDataset.People.Count} members, {run.Counts}", cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }

    private static async Task AddOrganisationsAsync(DemoRun run, CancellationToken cancellationToken)
    {
        foreach (var o in DemoDataset.Organisations)
        {
            var id = await run.NextIdAsync<OrganisationRecord>(cancellationToken).ConfigureAwait(false);
            var organisation = DomainOrganisation.Create(id, o.Name, o.SectorCode, o.PlaceCode, run.Taxonomy).Unwrap();
            run.Db.Organisations.Add(new OrganisationRecord
            {
                Id = id, Name = organisation.Name, SectorId = run.SectorIds[organisation.SectorCode], PlaceCode = organisation.PlaceCode, CreatedAt = run.Now,
            });
            run.Organisations.Add(o.Key, organisation);
        }
    }

    /// <summary>The institute and the reference scheme, published version by version as <c>publishSchemeVersion</c> stores them.</summary>
    private static async Task AddSchemeAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var reference = ReferenceSchemes.PlaceLeadership;
        var bodyId = await run.NextIdAsync<AccreditingBodyRecord>(cancellationToken).ConfigureAwait(false);
        var body = AccreditingBody.Create(bodyId, ReferenceSchemes.InstituteOfPlaceLeadership.Name).Unwrap();
        run.Db.AccreditingBodies.Add(new AccreditingBodyRecord { Id = bodyId, Code = DemoDataset.InstituteCode, Name = body.Name });
        var schemeId = await run.NextIdAsync<SchemeRecord>(cancellationToken).ConfigureAwait(false);
        var scheme = Scheme.Create(schemeId, bodyId, reference.Code, reference.Name).Unwrap();
        run.Db.Schemes.Add(new SchemeRecord
        {
            Id = schemeId, BodyId = bodyId, Code = scheme.Code, Name = scheme.Name,
            Description = "Recognises leaders whose experience crosses sectors: secondments, peer challenge, mentoring, learning with other sectors and honest reflection.",
        });
        foreach (var version in reference.Versions)
        {
            scheme = scheme.Publish(version.EffectiveFrom, version.Validity, version.Requirement, run.Taxonomy).Unwrap();
            var record = new SchemeVersionRecord
            {
                Id = await run.NextIdAsync<SchemeVersionRecord>(cancellationToken).ConfigureAwait(false),
                SchemeId = schemeId,
                Number = scheme.Versions[^1].Number,
                EffectiveFrom = version.EffectiveFrom,
                Validity = version.Validity,
                RequirementJson = RequirementJson.Serialize(version.Requirement),
                PublishedAt = run.Now,
            };
            run.Db.SchemeVersions.Add(record);
            run.SchemeVersionIds.Add(record.Number, record.Id);
        }

        run.Scheme = scheme;
        run.BodyId = bodyId;
    }
}
