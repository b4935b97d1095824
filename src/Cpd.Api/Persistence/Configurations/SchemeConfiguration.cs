using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class SchemeConfiguration : IEntityTypeConfiguration<SchemeRecord>
{
    public void Configure(EntityTypeBuilder<SchemeRecord> builder)
    {
        builder.ToTable("Schemes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(Lengths.Code);
        builder.Property(s => s.Name).HasMaxLength(Lengths.OrganisationName);
        builder.Property(s => s.Description).HasMaxLength(Lengths.LongText);
        builder.HasOne(s => s.Body).WithMany(b => b.Schemes).HasForeignKey(s => s.BodyId);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}
