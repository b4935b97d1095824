using AutoMapper;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Lessons;

namespace Cpd.Api.Mapping;

/// <summary>Lessons: a published <see cref="ReflectionRecord"/> → <see cref="Lesson"/> (its text, and hidden keys for the resolvers).</summary>
public sealed class LessonsProfile : Profile
{
    /// <summary>Creates the maps.</summary>
    public LessonsProfile()
    {
        CreateMap<ReflectionRecord, Lesson>()
            .ForMember(l => l.DatabaseId, m => m.MapFrom(r => r.Id));
    }
}
