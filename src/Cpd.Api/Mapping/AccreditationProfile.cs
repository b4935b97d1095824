using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Accreditation;

namespace Cpd.Api.Mapping;

/// <summary>Accrediting bodies, schemes and scheme versions: records → outputs.</summary>
public sealed class AccreditationProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public AccreditationProfile()
    {
        CreateMap<AccreditingBodyRecord, AccreditingBody>()
            .ForMember(b => b.DatabaseId, m => m.MapFrom(r => r.Id));
        CreateMap<SchemeRecord, Scheme>()
            .ForMember(s => s.DatabaseId, m => m.MapFrom(r => r.Id))
            .ForMember(s => s.Versions, m => m.MapFrom(r => r.Versions.OrderBy(v => v.Number)));
        CreateMap<SchemeVersionRecord, SchemeVersion>()
            .ForMember(v => v.DatabaseId, m => m.MapFrom(r => r.Id));
    }
}
