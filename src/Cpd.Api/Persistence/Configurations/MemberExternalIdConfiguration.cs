using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class MemberExternalIdConfiguration : IEntityTypeConfiguration<MemberExternalIdRecord>
{
    public void Configure(EntityTypeBuilder<MemberExternalIdRecord> builder)
    {
        builder.ToTable("MemberExternalIds");
        builder.HasKey(x => new { x.OrganisationId, x.ExternalId });
        builder.Property(x => x.ExternalId).HasMaxLength(Lengths.Reference);
        builder.HasOne(x => x.Member).WithMany(m => m.ExternalIds).HasForeignKey(x => x.MemberId);
        builder.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
    }
}
