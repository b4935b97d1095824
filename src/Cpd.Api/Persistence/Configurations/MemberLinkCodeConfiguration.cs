using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class MemberLinkCodeConfiguration : IEntityTypeConfiguration<MemberLinkCodeRecord>
{
    public void Configure(EntityTypeBuilder<MemberLinkCodeRecord> builder)
    {
        builder.ToTable("MemberLinkCodes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CodeHash).HasMaxLength(Lengths.HashBytes);
        builder.HasOne<MemberRecord>().WithMany().HasForeignKey(c => c.MemberId);
        builder.HasOne(c => c.UsedByOrganisation).WithMany().HasForeignKey(c => c.UsedByOrganisationId);
        builder.HasIndex(c => c.CodeHash).IsUnique();
    }
}
