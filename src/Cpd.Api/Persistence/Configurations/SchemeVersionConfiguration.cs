using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class SchemeVersionConfiguration : IEntityTypeConfiguration<SchemeVersionRecord>
{
    public void Configure(EntityTypeBuilder<SchemeVersionRecord> builder)
    {
        builder.ToTable("SchemeVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne(v => v.Scheme).WithMany(s => s.Versions).HasForeignKey(v => v.SchemeId);
        builder.HasIndex(v => new { v.SchemeId, v.Number }).IsUnique();
    }
}
