using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<ApplicationRecord>
{
    public void Configure(EntityTypeBuilder<ApplicationRecord> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(Lengths.LongText);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Member).WithMany(m => m.Applications).HasForeignKey(a => a.MemberId);
        builder.HasOne(a => a.SchemeVersion).WithMany().HasForeignKey(a => a.SchemeVersionId);
        // An assessor's queue: a version's applications by status.
        builder.HasIndex(a => new { a.SchemeVersionId, a.Status });
    }
}
