using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Experiences;
using AttestationOutcome = Cpd.Api.Persistence.Entities.AttestationOutcome;
using VerificationLevel = Cpd.Domain.Experiences.VerificationLevel;

namespace Cpd.Api.Mapping;

/// <summary><see cref="ExperienceRecord"/> → <see cref="Experience"/> (verification from its confirmed attestations).</summary>
public sealed class ExperiencesProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public ExperiencesProfile()
    {
        CreateMap<ExperienceRecord, Experience>()
            .ForMember(x => x.DatabaseId, m => m.MapFrom(r => r.Id))
            .ForMember(x => x.Verification, m => m.MapFrom(r => r.Attestations
                .Where(a => a.Outcome == AttestationOutcome.Confirmed)
                .Select(a => a.Level)
                .DefaultIfEmpty(VerificationLevel.SelfDeclared)
                .Max()));
    }
}
