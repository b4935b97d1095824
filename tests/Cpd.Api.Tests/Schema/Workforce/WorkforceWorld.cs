using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Workforce;

/// <summary>An <see cref="ApiServer"/> with two employers (A and B), their HR systems' keys, an admin's and a member's.</summary>
public sealed class WorkforceWorld : IAsyncLifetime
{
    public ApiServer Api { get; } = new();

    public OrganisationRecord EmployerA { get; private set; } = null!;

    public OrganisationRecord EmployerB { get; private set; } = null!;

    public string HrA { get; private set; } = string.Empty;

    public string HrB { get; private set; } = string.Empty;

    public string Admin { get; private set; } = string.Empty;

    public string Member { get; private set; } = string.Empty;

    public static string IdOf(OrganisationRecord organisation) => GlobalId.Format("Organisation", organisation.Id);

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        await Api.SeedAsync(async (db, ids) =>
        {
            var health = await db.Sectors.SingleAsync(s => s.Code == "health");
            EmployerA = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire NHS Trust", SectorId = health.Id, CreatedAt = ApiServer.Start };
            EmployerB = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Southmoor NHS Trust", SectorId = health.Id, CreatedAt = ApiServer.Start };
            db.Organisations.AddRange(EmployerA, EmployerB);
        });
        HrA = await Api.KeyAsync(CallerRole.HrSystem, EmployerA.Id);
        HrB = await Api.KeyAsync(CallerRole.HrSystem, EmployerB.Id);
        Admin = await Api.KeyAsync(CallerRole.Admin);
        var memberId = 0L;
        await Api.SeedAsync(async (db, ids) =>
        {
            memberId = await ids.NextAsync<MemberRecord>(db);
            db.Members.Add(new MemberRecord { Id = memberId, DisplayName = "Key Holder", CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start });
        });
        Member = await Api.KeyAsync(CallerRole.Member, memberId);
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}
