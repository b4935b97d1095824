using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<EmploymentRecord>
{
    public void Configure(EntityTypeBuilder<EmploymentRecord> builder)
    {
        builder.ToTable("Employments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Role).HasMaxLength(Lengths.Role);
        builder.Property(e => e.ExternalRef).HasMaxLength(Lengths.Reference);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Member).WithMany(m => m.Employments).HasForeignKey(e => e.MemberId);
        builder.HasOne(e => e.Organisation).WithMany().HasForeignKey(e => e.OrganisationId);
        builder.HasOne(e => e.Profession).WithMany().HasForeignKey(e => e.ProfessionId);
        builder.HasIndex(e => new { e.MemberId, e.Start });
        // An HR system's view: its employees, current and past.
        builder.HasIndex(e => new { e.OrganisationId, e.MemberId });
    }
}
