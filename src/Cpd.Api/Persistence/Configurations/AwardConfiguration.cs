using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public void Configure(EntityTypeBuilder<AwardRecord> builder)
    {
        builder.ToTable("Awards");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.MemberId);
        builder.HasOne(a => a.Scheme).WithMany().HasForeignKey(a => a.SchemeId);
        builder.HasOne(a => a.SchemeVersion).WithMany().HasForeignKey(a => a.SchemeVersionId);
        builder.HasOne(a => a.Application).WithMany().HasForeignKey(a => a.ApplicationId);
        builder.HasIndex(a => new { a.MemberId, a.SchemeId });
    }
}
