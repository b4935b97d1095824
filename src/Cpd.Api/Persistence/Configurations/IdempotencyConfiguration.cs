using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.Key, r.CallerKey });
        builder.Property(r => r.Key).HasMaxLength(Lengths.Reference);
        builder.Property(r => r.CallerKey).HasMaxLength(Lengths.Label);
        builder.Property(r => r.RequestHash).HasMaxLength(Lengths.Label);
        builder.Property(r => r.ContentType).HasMaxLength(Lengths.Label);
        // The sweeper deletes expired records.
        builder.HasIndex(r => r.ExpiresAt);
    }
}
