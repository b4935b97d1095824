using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class KeySequenceConfiguration : IEntityTypeConfiguration<KeySequenceRecord>
{
    public void Configure(EntityTypeBuilder<KeySequenceRecord> builder)
    {
        builder.ToTable("KeySequences");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(Lengths.Label);
    }
}
