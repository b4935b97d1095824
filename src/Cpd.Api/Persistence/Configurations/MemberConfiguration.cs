using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<MemberRecord>
{
    public void Configure(EntityTypeBuilder<MemberRecord> builder)
    {
        builder.ToTable("Members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.DisplayName).HasMaxLength(Lengths.PersonName);
        builder.Property(m => m.WorkEmail).HasMaxLength(Lengths.Email);
        builder.Property(m => m.ProfessionalRegistration).HasMaxLength(Lengths.Reference);
        builder.Property(m => m.Version).IsConcurrencyToken();
        // NULLs are distinct in a unique index on both SQLite and PostgreSQL: unique only when set.
        builder.HasIndex(m => m.ProfessionalRegistration).IsUnique();
        builder.HasIndex(m => m.WorkEmail);
    }
}
