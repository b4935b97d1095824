using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<OrganisationRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationRecord> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Lengths.OrganisationName);
        builder.Property(o => o.PlaceCode).HasMaxLength(Lengths.Place);
        builder.HasOne(o => o.Sector).WithMany().HasForeignKey(o => o.SectorId);
        builder.HasIndex(o => o.Name);
    }
}
