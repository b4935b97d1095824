using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class AttestationConfiguration : IEntityTypeConfiguration<AttestationRecord>
{
    public void Configure(EntityTypeBuilder<AttestationRecord> builder)
    {
        builder.ToTable("Attestations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AttestorName).HasMaxLength(Lengths.PersonName);
        builder.Property(a => a.AttestorReference).HasMaxLength(Lengths.Email);
        builder.Property(a => a.Comment).HasMaxLength(Lengths.LongText);
        builder.HasOne(a => a.Experience).WithMany(e => e.Attestations).HasForeignKey(a => a.ExperienceId);
    }
}
