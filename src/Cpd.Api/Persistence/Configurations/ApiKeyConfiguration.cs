using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(Lengths.PersonName);
        builder.Property(k => k.Role).HasMaxLength(CpdDbContext.EnumMaxLength);
        builder.Property(k => k.Prefix).HasMaxLength(Lengths.Label);
        builder.Property(k => k.SecretHash).HasMaxLength(Lengths.HashBytes);
        builder.HasOne<MemberRecord>().WithMany().HasForeignKey(k => k.MemberId);
        builder.HasOne<AccreditingBodyRecord>().WithMany().HasForeignKey(k => k.BodyId);
        builder.HasOne<OrganisationRecord>().WithMany().HasForeignKey(k => k.OrganisationId);
        builder.HasIndex(k => k.Prefix).IsUnique();
    }
}
