using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.LinkCodes;

namespace Cpd.Api.Mapping;

/// <summary>Employer link codes: <see cref="MemberLinkCodeRecord"/> → <see cref="EmployerLinkCode"/> (never the hash).</summary>
public sealed class LinkCodesProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public LinkCodesProfile()
    {
        CreateMap<MemberLinkCodeRecord, EmployerLinkCode>()
            .ForMember(c => c.DatabaseId, m => m.MapFrom(r => r.Id));
    }
}
