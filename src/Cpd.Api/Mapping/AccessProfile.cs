using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Access;

namespace Cpd.Api.Mapping;

/// <summary>Access grants: <see cref="AccessGrantRecord"/> → <see cref="AccessGrant"/> (the body through <see cref="AccreditationProfile"/>).</summary>
public sealed class AccessProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public AccessProfile()
    {
        CreateMap<AccessGrantRecord, AccessGrant>()
            .ForMember(g => g.DatabaseId, m => m.MapFrom(r => r.Id));
    }
}
