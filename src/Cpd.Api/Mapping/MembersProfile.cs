using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Experiences;
using Cpd.Api.Schema.Members;
using MentoringRole = Cpd.Domain.Experiences.MentoringRole;
using PeerChallengeRole = Cpd.Domain.Experiences.PeerChallengeRole;

namespace Cpd.Api.Mapping;

/// <summary>Members, their employments, contacts, experiences, attestations and reflections: record → output type.</summary>
public sealed class MembersProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public MembersProfile()
    {
        CreateMap<MemberRecord, Member>()
            .ForMember(m => m.DatabaseId, m => m.MapFrom(r => r.Id));
        CreateMap<EmploymentRecord, Employment>()
            .ForMember(e => e.DatabaseId, m => m.MapFrom(r => r.Id));
        CreateMap<ConnectionRecord, Contact>()
            .ForMember(c => c.DatabaseId, m => m.MapFrom(r => r.Id));
        CreateMap<AttestationRecord, Schema.Experiences.Attestation>()
            .ForMember(a => a.DatabaseId, m => m.MapFrom(r => r.Id));
        CreateMap<ExperienceRecord, Experience>()
            .ForMember(x => x.DatabaseId, m => m.MapFrom(r => r.Id))
            .ForMember(x => x.Attestations, m => m.MapFrom(r => r.Attestations.OrderBy(a => a.At).ThenBy(a => a.Id)))
            .ForMember(x => x.Role, m => m.MapFrom(r =>
                r.MentoringRole == MentoringRole.Mentor ? ExperienceRole.Mentor
                : r.MentoringRole == MentoringRole.Mentee ? ExperienceRole.Mentee
                : r.PeerChallengeRole == PeerChallengeRole.Reviewer ? ExperienceRole.Reviewer
                : r.PeerChallengeRole == PeerChallengeRole.Host ? ExperienceRole.Host
                : (ExperienceRole?)null));
        CreateMap<ReflectionRecord, Reflection>()
            .ForMember(r => r.DatabaseId, m => m.MapFrom(r => r.Id))
            .ForMember(r => r.StoredWhatWorked, m => m.MapFrom(r => r.WhatWorked))
            .ForMember(r => r.StoredWhatDidNotWork, m => m.MapFrom(r => r.WhatDidNotWork))
            .ForMember(r => r.StoredWhatIdDoDifferently, m => m.MapFrom(r => r.WhatIdDoDifferently));
    }
}
