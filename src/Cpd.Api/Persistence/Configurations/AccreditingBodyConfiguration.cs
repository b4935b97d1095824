using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class AccreditingBodyConfiguration : IEntityTypeConfiguration<AccreditingBodyRecord>
{
    public void Configure(EntityTypeBuilder<AccreditingBodyRecord> builder)
    {
        builder.ToTable("AccreditingBodies");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Code).HasMaxLength(Lengths.Code);
        builder.Property(b => b.Name).HasMaxLength(Lengths.OrganisationName);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}
