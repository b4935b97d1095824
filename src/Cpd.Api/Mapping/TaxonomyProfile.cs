using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Taxonomy;

namespace Cpd.Api.Mapping;

/// <summary>Taxonomy records → <see cref="Sector"/>, <see cref="Profession"/>.</summary>
public sealed class TaxonomyProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public TaxonomyProfile()
    {
        CreateMap<SectorRecord, Sector>();
        CreateMap<ProfessionRecord, Profession>();
    }
}
