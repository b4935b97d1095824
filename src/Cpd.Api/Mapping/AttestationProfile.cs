using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Experiences;

namespace Cpd.Api.Mapping;

/// <summary>Attestation links: <see cref="AttestationRequestRecord"/> → <see cref="AttestationRequest"/> (never the token's hash).</summary>
public sealed class AttestationProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public AttestationProfile()
    {
        CreateMap<AttestationRequestRecord, AttestationRequest>()
            .ForMember(r => r.DatabaseId, m => m.MapFrom(r => r.Id))
            .ForMember(r => r.MemberId, m => m.MapFrom(r => r.Experience!.MemberId))
            .ForMember(r => r.UsedAt, m => m.MapFrom(r => r.RedeemedAt));
    }
}
