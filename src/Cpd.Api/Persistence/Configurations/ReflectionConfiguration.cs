using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Configurations;

internal sealed class ReflectionConfiguration : IEntityTypeConfiguration<ReflectionRecord>
{
    public void Configure(EntityTypeBuilder<ReflectionRecord> builder)
    {
        builder.ToTable("Reflections");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.WhatWorked).HasMaxLength(Lengths.ReflectionText);
        builder.Property(r => r.WhatDidNotWork).HasMaxLength(Lengths.ReflectionText);
        builder.Property(r => r.WhatIdDoDifferently).HasMaxLength(Lengths.ReflectionText);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Member).WithMany(m => m.Reflections).HasForeignKey(r => r.MemberId);
        builder.HasOne(r => r.Experience).WithMany(e => e.Reflections).HasForeignKey(r => r.ExperienceId);
        // The lessons exchange lists published reflections.
        builder.HasIndex(r => r.Visibility);
    }
}
