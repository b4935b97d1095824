using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Admin;

namespace Cpd.Api.Mapping;

/// <summary><see cref="ApiKeyRecord"/> → <see cref="ApiKey"/> (no secret), <see cref="AuditEntryRecord"/> → <see cref="AuditEntry"/>.</summary>
public sealed class AdminProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public AdminProfile()
    {
        CreateMap<ApiKeyRecord, ApiKey>()
            .ForMember(k => k.DatabaseId, m => m.MapFrom(r => r.Id));
        CreateMap<AuditEntryRecord, AuditEntry>()
            .ForMember(e => e.DatabaseId, m => m.MapFrom(r => r.Id))
            .ForMember(e => e.TargetKey, m => m.MapFrom(r => r.TargetId));
    }
}
