using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class ProfessionConfiguration : IEntityTypeConfiguration<ProfessionRecord>
{
    public void Configure(EntityTypeBuilder<ProfessionRecord> builder)
    {
        builder.ToTable("Professions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Code).HasMaxLength(Lengths.Code);
        builder.Property(t => t.Name).HasMaxLength(Lengths.TermName);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
