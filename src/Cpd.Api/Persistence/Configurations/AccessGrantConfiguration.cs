using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrantRecord>
{
    public void Configure(EntityTypeBuilder<AccessGrantRecord> builder)
    {
        builder.ToTable("AccessGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasOne(g => g.Member).WithMany(m => m.AccessGrants).HasForeignKey(g => g.MemberId);
        builder.HasOne(g => g.Body).WithMany().HasForeignKey(g => g.BodyId);
        // An assessor's view: the members who granted the body access.
        builder.HasIndex(g => new { g.BodyId, g.MemberId });
    }
}
