using AutoMapper;
using Cpd.Api.Mapping;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using NodaTime;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Tests.Mapping;

public sealed class MappingProfilesTests
{
    [Fact]
    public void AssertConfigurationIsValid_EveryProfile_MapsEveryMemberOfItsOutputTypes()
    {
        using var services = new ServiceCollection().AddLogging().AddCpdMapping().BuildServiceProvider();
        var configuration = services.GetRequiredService<IMapper>().ConfigurationProvider;
        configuration.AssertConfigurationIsValid();
    }

    [Fact]
    public void Map_OrganisationRecord_GivesTheOutputWithGlobalIdAndSector()
    {
        using var services = new ServiceCollection().AddLogging().AddCpdMapping().BuildServiceProvider();
        var record = new OrganisationRecord
        {
            Id = 42,
            Name = "Northshire Council",
            Sector = new SectorRecord { Id = 1, Code = "local-government", Name = "Local government" },
            PlaceCode = "E07000113",
            CreatedAt = Instant.FromUtc(2026, 1, 2, 3, 4),
        };
        var organisation = services.GetRequiredService<IMapper>().Map<Organisation>(record);
        (organisation.DatabaseId, organisation.Id, organisation.Name, organisation.Sector.Code, organisation.PlaceCode, organisation.CreatedAt)
            .ShouldBe((42L, GlobalId.Format("Organisation", 42), "Northshire Council", "local-government", "E07000113", record.CreatedAt));
    }
}
