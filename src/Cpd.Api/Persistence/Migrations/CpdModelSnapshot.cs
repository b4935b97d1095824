using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cpd.Api.Persistence.Migrations;

/// <summary>
/// The model as the migrations leave it, written by hand, in the column types of one provider. EF compares it with the
/// current model to tell whether a migration is missing (<c>HasPendingModelChanges</c>; <c>Migrate</c> refuses to run
/// while one is). It takes the provider's <see cref="StoreTypes"/>, so <see cref="CpdMigrationsAssembly"/> creates it
/// (EF's default lookup would need a parameterless constructor and one snapshot per provider).
/// When adding a migration, change this snapshot in the same commit; the model test fails until both agree.
/// </summary>
internal sealed class CpdModelSnapshot(StoreTypes t) : ModelSnapshot
{
    /// <inheritdoc />
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");
        if (t.IsPostgreSql)
        {
            modelBuilder.HasAnnotation("Relational:MaxIdentifierLength", 63);
        }

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AccreditingBodyRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "Code", t.Text(64));
            Column(b, "Name", t.Text(300));
            b.HasKey("Id");
            b.HasIndex("Code").IsUnique();
            b.ToTable("AccreditingBodies");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AuditEntryRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "Action", t.Text(100));
            Column(b, "ActorKeyId", t.Long, nullable: true);
            Column(b, "ActorName", t.Text(200));
            Column(b, "ActorRole", t.Text(32));
            Column(b, "At", t.Instant);
            Column(b, "Summary", t.Text(2000));
            Column(b, "TargetId", t.Long, nullable: true);
            Column(b, "TargetType", t.Text(100));
            b.HasKey("Id");
            b.HasIndex("At");
            b.HasIndex("TargetType", "TargetId");
            b.ToTable("AuditEntries");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.IdempotencyRecord", b =>
        {
            Column(b, "Key", t.Text(200));
            Column(b, "CallerKey", t.Text(100));
            Column(b, "ContentType", t.Text(100), nullable: true);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "ExpiresAt", t.Instant);
            Column(b, "RequestHash", t.Text(100));
            Column(b, "ResponseBody", t.Bytes, nullable: true);
            Column(b, "State", t.Text(32));
            Column(b, "StatusCode", t.Int, nullable: true);
            b.HasKey("Key", "CallerKey");
            b.HasIndex("ExpiresAt");
            b.ToTable("IdempotencyRecords");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.KeySequenceRecord", b =>
        {
            Column(b, "Name", t.Text(100));
            Column(b, "NextValue", t.Long);
            b.HasKey("Name");
            b.ToTable("KeySequences");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.MemberRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "DisplayName", t.Text(200));
            Column(b, "ProfessionalRegistration", t.Text(200), nullable: true);
            Column(b, "UpdatedAt", t.Instant);
            Column(b, "Version", t.Long).IsConcurrencyToken();
            Column(b, "WorkEmail", t.Text(320), nullable: true);
            b.HasKey("Id");
            b.HasIndex("ProfessionalRegistration").IsUnique();
            b.HasIndex("WorkEmail");
            b.ToTable("Members");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ProfessionRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "Code", t.Text(64));
            Column(b, "Name", t.Text(200));
            b.HasKey("Id");
            b.HasIndex("Code").IsUnique();
            b.ToTable("Professions");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.SchemeRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "BodyId", t.Long);
            Column(b, "Code", t.Text(64));
            Column(b, "Description", t.Text(2000), nullable: true);
            Column(b, "Name", t.Text(300));
            b.HasKey("Id");
            b.HasIndex("BodyId");
            b.HasIndex("Code").IsUnique();
            b.ToTable("Schemes");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.SectorRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "Code", t.Text(64));
            Column(b, "Name", t.Text(200));
            b.HasKey("Id");
            b.HasIndex("Code").IsUnique();
            b.ToTable("Sectors");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AccessGrantRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "BodyId", t.Long);
            Column(b, "ExpiresAt", t.Instant, nullable: true);
            Column(b, "GrantedAt", t.Instant);
            Column(b, "MemberId", t.Long);
            Column(b, "RevokedAt", t.Instant, nullable: true);
            b.HasKey("Id");
            b.HasIndex("BodyId", "MemberId");
            b.HasIndex("MemberId");
            b.ToTable("AccessGrants");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ConnectionRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "MemberId", t.Long);
            Column(b, "Name", t.Text(200));
            Column(b, "ProfessionId", t.Long, nullable: true);
            Column(b, "SectorId", t.Long);
            b.HasKey("Id");
            b.HasIndex("MemberId");
            b.HasIndex("ProfessionId");
            b.HasIndex("SectorId");
            b.ToTable("Connections");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.OrganisationRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "Name", t.Text(300));
            Column(b, "PlaceCode", t.Text(16), nullable: true);
            Column(b, "SectorId", t.Long);
            b.HasKey("Id");
            b.HasIndex("Name");
            b.HasIndex("SectorId");
            b.ToTable("Organisations");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.SchemeVersionRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "EffectiveFrom", t.Date);
            Column(b, "Number", t.Int);
            Column(b, "PublishedAt", t.Instant);
            Column(b, "RequirementJson", t.UnboundedText);
            Column(b, "SchemeId", t.Long);
            Column(b, "Validity", t.Text(64));
            b.HasKey("Id");
            b.HasIndex("SchemeId", "Number").IsUnique();
            b.ToTable("SchemeVersions");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ApiKeyRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "BodyId", t.Long, nullable: true);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "ExpiresAt", t.Instant, nullable: true);
            Column(b, "LastUsedAt", t.Instant, nullable: true);
            Column(b, "MemberId", t.Long, nullable: true);
            Column(b, "Name", t.Text(200));
            Column(b, "OrganisationId", t.Long, nullable: true);
            Column(b, "Prefix", t.Text(100));
            Column(b, "RevokedAt", t.Instant, nullable: true);
            Column(b, "Role", t.Text(32));
            Column(b, "SecretHash", t.Bytes);
            b.HasKey("Id");
            b.HasIndex("BodyId");
            b.HasIndex("MemberId");
            b.HasIndex("OrganisationId");
            b.HasIndex("Prefix").IsUnique();
            b.ToTable("ApiKeys");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ApplicationRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "AppliedOn", t.Date);
            Column(b, "DecidedAt", t.Instant, nullable: true);
            Column(b, "DecidedByKeyId", t.Long, nullable: true);
            Column(b, "MemberId", t.Long);
            Column(b, "Reason", t.Text(2000), nullable: true);
            Column(b, "SchemeVersionId", t.Long);
            Column(b, "SnapshotJson", t.UnboundedText);
            Column(b, "Status", t.Text(32));
            Column(b, "Version", t.Long).IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("MemberId");
            b.HasIndex("SchemeVersionId", "Status");
            b.ToTable("Applications");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AwardRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "ApplicationId", t.Long, nullable: true);
            Column(b, "AwardedOn", t.Date);
            Column(b, "ExpiresOn", t.Date);
            Column(b, "MemberId", t.Long);
            Column(b, "SchemeId", t.Long);
            Column(b, "SchemeVersionId", t.Long);
            b.HasKey("Id");
            b.HasIndex("ApplicationId");
            b.HasIndex("MemberId", "SchemeId");
            b.HasIndex("SchemeId");
            b.HasIndex("SchemeVersionId");
            b.ToTable("Awards");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.EmploymentRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "End", t.Date, nullable: true);
            Column(b, "ExternalRef", t.Text(200), nullable: true);
            Column(b, "Fte", t.Decimal);
            Column(b, "MemberId", t.Long);
            Column(b, "OrganisationId", t.Long);
            Column(b, "ProfessionId", t.Long);
            Column(b, "Role", t.Text(200));
            Column(b, "Start", t.Date);
            Column(b, "Version", t.Long).IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("MemberId", "Start");
            b.HasIndex("OrganisationId", "MemberId");
            b.HasIndex("ProfessionId");
            b.ToTable("Employments");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ExperienceRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "Categories", t.UnboundedText);
            Column(b, "CounterpartName", t.Text(200), nullable: true);
            Column(b, "CounterpartProfessionId", t.Long, nullable: true);
            Column(b, "CounterpartSectorId", t.Long, nullable: true);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "End", t.Date, nullable: true);
            Column(b, "Fte", t.Decimal, nullable: true);
            Column(b, "HostOrganisationId", t.Long, nullable: true);
            Column(b, "Hours", t.Decimal, nullable: true);
            Column(b, "Kind", t.Text(32));
            Column(b, "MemberId", t.Long);
            Column(b, "MentoringRole", t.Text(32), nullable: true);
            Column(b, "PeerChallengeRole", t.Text(32), nullable: true);
            Column(b, "ProfessionId", t.Long, nullable: true);
            Column(b, "SectorsInvolved", t.UnboundedText);
            Column(b, "Start", t.Date);
            Column(b, "Title", t.Text(300));
            Column(b, "UpdatedAt", t.Instant);
            Column(b, "Version", t.Long).IsConcurrencyToken();
            Column(b, "WithdrawnAt", t.Instant, nullable: true);
            b.HasKey("Id");
            b.HasIndex("CounterpartProfessionId");
            b.HasIndex("CounterpartSectorId");
            b.HasIndex("HostOrganisationId");
            b.HasIndex("MemberId", "Start");
            b.HasIndex("ProfessionId");
            b.ToTable("Experiences");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.MemberExternalIdRecord", b =>
        {
            Column(b, "OrganisationId", t.Long);
            Column(b, "ExternalId", t.Text(200));
            Column(b, "MemberId", t.Long);
            b.HasKey("OrganisationId", "ExternalId");
            b.HasIndex("MemberId");
            b.ToTable("MemberExternalIds");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ReflectionRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "ExperienceId", t.Long, nullable: true);
            Column(b, "MemberId", t.Long);
            Column(b, "UpdatedAt", t.Instant);
            Column(b, "Version", t.Long).IsConcurrencyToken();
            Column(b, "Visibility", t.Text(32));
            Column(b, "WhatDidNotWork", t.Text(10000));
            Column(b, "WhatIdDoDifferently", t.Text(10000), nullable: true);
            Column(b, "WhatWorked", t.Text(10000), nullable: true);
            b.HasKey("Id");
            b.HasIndex("ExperienceId");
            b.HasIndex("MemberId");
            b.HasIndex("Visibility");
            b.ToTable("Reflections");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AttestationRequestRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "AttestorEmail", t.Text(320));
            Column(b, "AttestorName", t.Text(200));
            Column(b, "ExperienceId", t.Long);
            Column(b, "ExpiresAt", t.Instant);
            Column(b, "IssuedAt", t.Instant);
            Column(b, "IssuedByKeyId", t.Long, nullable: true);
            Column(b, "RedeemedAt", t.Instant, nullable: true);
            Column(b, "TokenHash", t.Bytes);
            b.HasKey("Id");
            b.HasIndex("ExperienceId");
            b.HasIndex("TokenHash").IsUnique();
            b.ToTable("AttestationRequests");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.MemberLinkCodeRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "CodeHash", t.Bytes);
            Column(b, "CreatedAt", t.Instant);
            Column(b, "ExpiresAt", t.Instant);
            Column(b, "MemberId", t.Long);
            Column(b, "UsedAt", t.Instant, nullable: true);
            Column(b, "UsedByOrganisationId", t.Long, nullable: true);
            b.HasKey("Id");
            b.HasIndex("CodeHash").IsUnique();
            b.HasIndex("MemberId");
            b.HasIndex("UsedByOrganisationId");
            b.ToTable("MemberLinkCodes");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AttestationRecord", b =>
        {
            Column(b, "Id", t.Long);
            Column(b, "ActorKeyId", t.Long, nullable: true);
            Column(b, "At", t.Instant);
            Column(b, "AttestorName", t.Text(200));
            Column(b, "AttestorReference", t.Text(320), nullable: true);
            Column(b, "Comment", t.Text(2000), nullable: true);
            Column(b, "ExperienceId", t.Long);
            Column(b, "Level", t.Text(32));
            Column(b, "Method", t.Text(32));
            Column(b, "Outcome", t.Text(32));
            b.HasKey("Id");
            b.HasIndex("ExperienceId");
            b.ToTable("Attestations");
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.SchemeRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.AccreditingBodyRecord", null).WithMany().HasForeignKey("BodyId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AccessGrantRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.AccreditingBodyRecord", null).WithMany().HasForeignKey("BodyId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ConnectionRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.ProfessionRecord", null).WithMany().HasForeignKey("ProfessionId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.SectorRecord", null).WithMany().HasForeignKey("SectorId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.OrganisationRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.SectorRecord", null).WithMany().HasForeignKey("SectorId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.SchemeVersionRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.SchemeRecord", null).WithMany().HasForeignKey("SchemeId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ApiKeyRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.AccreditingBodyRecord", null).WithMany().HasForeignKey("BodyId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.OrganisationRecord", null).WithMany().HasForeignKey("OrganisationId")
                .OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ApplicationRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.SchemeVersionRecord", null).WithMany().HasForeignKey("SchemeVersionId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AwardRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.ApplicationRecord", null).WithMany().HasForeignKey("ApplicationId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.SchemeVersionRecord", null).WithMany().HasForeignKey("SchemeVersionId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.SchemeRecord", null).WithMany().HasForeignKey("SchemeId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.EmploymentRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.OrganisationRecord", null).WithMany().HasForeignKey("OrganisationId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.ProfessionRecord", null).WithMany().HasForeignKey("ProfessionId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ExperienceRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.OrganisationRecord", null).WithMany().HasForeignKey("HostOrganisationId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.ProfessionRecord", null).WithMany().HasForeignKey("CounterpartProfessionId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.ProfessionRecord", null).WithMany().HasForeignKey("ProfessionId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.SectorRecord", null).WithMany().HasForeignKey("CounterpartSectorId")
                .OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.MemberExternalIdRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.OrganisationRecord", null).WithMany().HasForeignKey("OrganisationId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.ReflectionRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.ExperienceRecord", null).WithMany().HasForeignKey("ExperienceId")
                .OnDelete(DeleteBehavior.Restrict);
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AttestationRequestRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.ExperienceRecord", null).WithMany().HasForeignKey("ExperienceId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.MemberLinkCodeRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.MemberRecord", null).WithMany().HasForeignKey("MemberId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("Cpd.Api.Persistence.Entities.OrganisationRecord", null).WithMany().HasForeignKey("UsedByOrganisationId")
                .OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity("Cpd.Api.Persistence.Entities.AttestationRecord", b =>
        {
            b.HasOne("Cpd.Api.Persistence.Entities.ExperienceRecord", null).WithMany().HasForeignKey("ExperienceId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
    }

    private static PropertyBuilder Column(EntityTypeBuilder b, string name, StoreType type, bool nullable = false)
    {
        var property = b.Property(type.ClrTypeFor(nullable), name).HasColumnType(type.Name);
        if (!nullable && !type.ClrType.IsValueType)
        {
            property.IsRequired();
        }

        if (type.MaxLength is { } maxLength)
        {
            property.HasMaxLength(maxLength);
        }

        if (type.Precision is { } precision)
        {
            property.HasPrecision(precision, type.Scale ?? 0);
        }

        return property;
    }
}
