using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Organisations;

namespace Cpd.Api.Mapping;

/// <summary><see cref="OrganisationRecord"/> → <see cref="Organisation"/> (its sector through <see cref="TaxonomyProfile"/>).</summary>
public sealed class OrganisationsProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public OrganisationsProfile()
    {
        CreateMap<OrganisationRecord, Organisation>()
            .ForMember(o => o.DatabaseId, m => m.MapFrom(r => r.Id));
    }
}
