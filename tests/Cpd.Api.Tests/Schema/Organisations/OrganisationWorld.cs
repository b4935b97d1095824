using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Organisations;

/// <summary>An <see cref="ApiServer"/> with twelve organisations in three sectors and two places, and an HR system key of the first.</summary>
public sealed class OrganisationWorld : IAsyncLifetime
{
    public ApiServer Api { get; } = new();

    public IReadOnlyList<OrganisationRecord> Organisations { get; private set; } = [];

    public string Admin { get; private set; } = string.Empty;

    public string HrSystem { get; private set; } = string.Empty;

    public static string IdOf(OrganisationRecord organisation) => GlobalId.Format("Organisation", organisation.Id);

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        var organisations = new List<OrganisationRecord>();
        await Api.SeedAsync(async (db, ids) =>
        {
            var sectors = await db.Sectors.Where(s => s.Code == "health" || s.Code == "local-government" || s.Code == "policing").ToDictionaryAsync(s => s.Code);
            string[] codes = ["health", "local-government", "policing"];
            for (var i = 0; i < 12; i++)
            {
                organisations.Add(new OrganisationRecord
                {
                    Id = await ids.NextAsync<OrganisationRecord>(db),
                    Name = $"Org {(char)('L' - i)} {i:00}",
                    SectorId = sectors[codes[i % 3]].Id,
                    PlaceCode = i % 2 == 0 ? "E07000113" : "W06000015",
                    CreatedAt = ApiServer.Start,
                });
            }

            db.Organisations.AddRange(organisations);
        });
        Organisations = organisations;
        Admin = await Api.KeyAsync(CallerRole.Admin);
        HrSystem = await Api.KeyAsync(CallerRole.HrSystem, organisations[0].Id);
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}
