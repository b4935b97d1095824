using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<ConnectionRecord>
{
    public void Configure(EntityTypeBuilder<ConnectionRecord> builder)
    {
        builder.ToTable("Connections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Lengths.PersonName);
        builder.HasOne(c => c.Member).WithMany(m => m.Connections).HasForeignKey(c => c.MemberId);
        builder.HasOne(c => c.Sector).WithMany().HasForeignKey(c => c.SectorId);
        builder.HasOne(c => c.Profession).WithMany().HasForeignKey(c => c.ProfessionId);
    }
}
