using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        // No foreign keys: the log outlives what it talks about and must never block a write.
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorRole).HasMaxLength(CpdDbContext.EnumMaxLength);
        builder.Property(a => a.ActorName).HasMaxLength(Lengths.PersonName);
        builder.Property(a => a.Action).HasMaxLength(Lengths.Label);
        builder.Property(a => a.TargetType).HasMaxLength(Lengths.Label);
        builder.Property(a => a.Summary).HasMaxLength(Lengths.LongText);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.TargetType, a.TargetId });
    }
}
