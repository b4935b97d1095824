using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Applications;

namespace Cpd.Api.Mapping;

/// <summary>Applications and awards: records → outputs (the scheme, its body and versions through the version applied for).</summary>
public sealed class AccreditationApplicationsProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public AccreditationApplicationsProfile()
    {
        CreateMap<ApplicationRecord, Application>()
            .ForMember(a => a.DatabaseId, m => m.MapFrom(r => r.Id))
            .ForMember(a => a.Scheme, m => m.MapFrom(r => r.SchemeVersion!.Scheme))
            .ForMember(a => a.SubmittedOn, m => m.MapFrom(r => r.AppliedOn));
        CreateMap<AwardRecord, Award>()
            .ForMember(a => a.DatabaseId, m => m.MapFrom(r => r.Id));
    }
}
