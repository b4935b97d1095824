using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class ExperienceConfiguration : IEntityTypeConfiguration<ExperienceRecord>
{
    public void Configure(EntityTypeBuilder<ExperienceRecord> builder)
    {
        builder.ToTable("Experiences");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(Lengths.Title);
        builder.Property(e => e.CounterpartName).HasMaxLength(Lengths.PersonName);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Member).WithMany(m => m.Experiences).HasForeignKey(e => e.MemberId);
        builder.HasOne(e => e.HostOrganisation).WithMany().HasForeignKey(e => e.HostOrganisationId);
        builder.HasOne(e => e.Profession).WithMany().HasForeignKey(e => e.ProfessionId);
        builder.HasOne(e => e.CounterpartSector).WithMany().HasForeignKey(e => e.CounterpartSectorId);
        builder.HasOne(e => e.CounterpartProfession).WithMany().HasForeignKey(e => e.CounterpartProfessionId);
        builder.HasIndex(e => new { e.MemberId, e.Start });
    }
}
