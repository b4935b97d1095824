using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Accreditation;

namespace Cpd.Api.Mapping;

/// <summary><see cref="AccreditingBodyRecord"/> → <see cref="AccreditingBody"/>.</summary>
public sealed class AccreditationProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public AccreditationProfile()
    {
        CreateMap<AccreditingBodyRecord, AccreditingBody>()
            .ForMember(b => b.DatabaseId, m => m.MapFrom(r => r.Id));
    }
}
