using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Api.Tests.Persistence;

/// <summary>Minimal valid rows for persistence tests: a sector, profession, organisation, member and experience.</summary>
internal static class RecordBuilder
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 5, 17, 24);

    /// <summary>Saves a sector, a profession, an organisation and a member; returns the member.</summary>
    public static async Task<MemberRecord> SeedMemberAsync(CpdDbContext db, IdAllocator ids)
    {
        var sector = new SectorRecord { Id = await ids.NextAsync<SectorRecord>(db), Code = "health-" + Guid.NewGuid().ToString("N")[..8], Name = "Health" };
        var organisation = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = "Northshire NHS Trust", Sector = sector, PlaceCode = "E07000113", CreatedAt = Now };
        var member = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = "Ada Okafor", CreatedAt = Now, UpdatedAt = Now };
        db.AddRange(sector, organisation, member);
        await db.SaveChangesAsync();
        return member;
    }

    /// <summary>An unsaved secondment of <paramref name="member"/>.</summary>
    public static async Task<ExperienceRecord> SecondmentAsync(CpdDbContext db, IdAllocator ids, long memberId) => new()
    {
        Id = await ids.NextAsync<ExperienceRecord>(db),
        MemberId = memberId,
        Kind = ExperienceKind.Secondment,
        Title = "Secondment to the council",
        Start = new LocalDate(2024, 1, 1),
        Fte = 0.6m,
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}
