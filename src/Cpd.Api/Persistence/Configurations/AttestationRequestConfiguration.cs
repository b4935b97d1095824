using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class AttestationRequestConfiguration : IEntityTypeConfiguration<AttestationRequestRecord>
{
    public void Configure(EntityTypeBuilder<AttestationRequestRecord> builder)
    {
        builder.ToTable("AttestationRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AttestorName).HasMaxLength(Lengths.PersonName);
        builder.Property(r => r.AttestorEmail).HasMaxLength(Lengths.Email);
        builder.Property(r => r.TokenHash).HasMaxLength(Lengths.HashBytes);
        builder.HasOne(r => r.Experience).WithMany(e => e.AttestationRequests).HasForeignKey(r => r.ExperienceId);
        builder.HasIndex(r => r.TokenHash).IsUnique();
    }
}
