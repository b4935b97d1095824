using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cpd.Api.Persistence.Migrations;

/// <summary>
/// The first schema: every table of <see cref="CpdDbContext"/>. Written by hand (the EF design-time package is not
/// available here) with the column types of the provider it runs on from <see cref="StoreTypes"/>; a test applies it
/// to empty SQLite and PostgreSQL databases and diffs the result against the model.
/// </summary>
[DbContext(typeof(CpdDbContext))]
[Migration(Id)]
internal sealed class Initial : Migration
{
    /// <summary>The migration's id (a timestamp orders migrations).</summary>
    public const string Id = "20261122060000_Initial";

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = StoreTypes.For(migrationBuilder.ActiveProvider);

        migrationBuilder.CreateTable(
            name: "AccreditingBodies",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                Code = table.Column<string>(type: t.Text(64).Name, maxLength: 64, nullable: false),
                Name = table.Column<string>(type: t.Text(300).Name, maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccreditingBodies", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_AccreditingBodies_Code", table: "AccreditingBodies", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                Action = table.Column<string>(type: t.Text(100).Name, maxLength: 100, nullable: false),
                ActorKeyId = table.Column<long?>(type: t.Long.Name, nullable: true),
                ActorName = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                ActorRole = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                At = table.Column<string>(type: t.Instant.Name, nullable: false),
                Summary = table.Column<string>(type: t.Text(2000).Name, maxLength: 2000, nullable: false),
                TargetId = table.Column<long?>(type: t.Long.Name, nullable: true),
                TargetType = table.Column<string>(type: t.Text(100).Name, maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_At", table: "AuditEntries", column: "At");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_TargetType_TargetId", table: "AuditEntries", columns: new[] { "TargetType", "TargetId" });

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: table => new
            {
                Key = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                CallerKey = table.Column<string>(type: t.Text(100).Name, maxLength: 100, nullable: false),
                ContentType = table.Column<string>(type: t.Text(100).Name, maxLength: 100, nullable: true),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                ExpiresAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                RequestHash = table.Column<string>(type: t.Text(100).Name, maxLength: 100, nullable: false),
                ResponseBody = table.Column<byte[]>(type: t.Bytes.Name, nullable: true),
                State = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                StatusCode = table.Column<int?>(type: t.Int.Name, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Key, x.CallerKey });
            });

        migrationBuilder.CreateIndex(name: "IX_IdempotencyRecords_ExpiresAt", table: "IdempotencyRecords", column: "ExpiresAt");

        migrationBuilder.CreateTable(
            name: "KeySequences",
            columns: table => new
            {
                Name = table.Column<string>(type: t.Text(100).Name, maxLength: 100, nullable: false),
                NextValue = table.Column<long>(type: t.Long.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_KeySequences", x => x.Name);
            });

        migrationBuilder.CreateTable(
            name: "Members",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                DisplayName = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                ProfessionalRegistration = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: true),
                UpdatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                Version = table.Column<long>(type: t.Long.Name, nullable: false),
                WorkEmail = table.Column<string>(type: t.Text(320).Name, maxLength: 320, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Members", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_Members_ProfessionalRegistration", table: "Members", column: "ProfessionalRegistration", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Members_WorkEmail", table: "Members", column: "WorkEmail");

        migrationBuilder.CreateTable(
            name: "Professions",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                Code = table.Column<string>(type: t.Text(64).Name, maxLength: 64, nullable: false),
                Name = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Professions", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_Professions_Code", table: "Professions", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "Schemes",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                BodyId = table.Column<long>(type: t.Long.Name, nullable: false),
                Code = table.Column<string>(type: t.Text(64).Name, maxLength: 64, nullable: false),
                Description = table.Column<string>(type: t.Text(2000).Name, maxLength: 2000, nullable: true),
                Name = table.Column<string>(type: t.Text(300).Name, maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Schemes", x => x.Id);
                table.ForeignKey(
                    name: "FK_Schemes_AccreditingBodies_BodyId",
                    column: x => x.BodyId,
                    principalTable: "AccreditingBodies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Schemes_BodyId", table: "Schemes", column: "BodyId");
        migrationBuilder.CreateIndex(name: "IX_Schemes_Code", table: "Schemes", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "Sectors",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                Code = table.Column<string>(type: t.Text(64).Name, maxLength: 64, nullable: false),
                Name = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sectors", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_Sectors_Code", table: "Sectors", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "AccessGrants",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                BodyId = table.Column<long>(type: t.Long.Name, nullable: false),
                ExpiresAt = table.Column<string>(type: t.Instant.Name, nullable: true),
                GrantedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                RevokedAt = table.Column<string>(type: t.Instant.Name, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccessGrants", x => x.Id);
                table.ForeignKey(
                    name: "FK_AccessGrants_AccreditingBodies_BodyId",
                    column: x => x.BodyId,
                    principalTable: "AccreditingBodies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_AccessGrants_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_AccessGrants_BodyId_MemberId", table: "AccessGrants", columns: new[] { "BodyId", "MemberId" });
        migrationBuilder.CreateIndex(name: "IX_AccessGrants_MemberId", table: "AccessGrants", column: "MemberId");

        migrationBuilder.CreateTable(
            name: "Connections",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                Name = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                ProfessionId = table.Column<long?>(type: t.Long.Name, nullable: true),
                SectorId = table.Column<long>(type: t.Long.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Connections", x => x.Id);
                table.ForeignKey(
                    name: "FK_Connections_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Connections_Professions_ProfessionId",
                    column: x => x.ProfessionId,
                    principalTable: "Professions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Connections_Sectors_SectorId",
                    column: x => x.SectorId,
                    principalTable: "Sectors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Connections_MemberId", table: "Connections", column: "MemberId");
        migrationBuilder.CreateIndex(name: "IX_Connections_ProfessionId", table: "Connections", column: "ProfessionId");
        migrationBuilder.CreateIndex(name: "IX_Connections_SectorId", table: "Connections", column: "SectorId");

        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                Name = table.Column<string>(type: t.Text(300).Name, maxLength: 300, nullable: false),
                PlaceCode = table.Column<string>(type: t.Text(16).Name, maxLength: 16, nullable: true),
                SectorId = table.Column<long>(type: t.Long.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organisations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Organisations_Sectors_SectorId",
                    column: x => x.SectorId,
                    principalTable: "Sectors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Organisations_Name", table: "Organisations", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_Organisations_SectorId", table: "Organisations", column: "SectorId");

        migrationBuilder.CreateTable(
            name: "SchemeVersions",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                EffectiveFrom = table.Column<string>(type: t.Date.Name, nullable: false),
                Number = table.Column<int>(type: t.Int.Name, nullable: false),
                PublishedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                RequirementJson = table.Column<string>(type: t.UnboundedText.Name, nullable: false),
                SchemeId = table.Column<long>(type: t.Long.Name, nullable: false),
                Validity = table.Column<string>(type: t.Text(64).Name, maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SchemeVersions", x => x.Id);
                table.ForeignKey(
                    name: "FK_SchemeVersions_Schemes_SchemeId",
                    column: x => x.SchemeId,
                    principalTable: "Schemes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_SchemeVersions_SchemeId_Number", table: "SchemeVersions", columns: new[] { "SchemeId", "Number" }, unique: true);

        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                BodyId = table.Column<long?>(type: t.Long.Name, nullable: true),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                ExpiresAt = table.Column<string>(type: t.Instant.Name, nullable: true),
                LastUsedAt = table.Column<string>(type: t.Instant.Name, nullable: true),
                MemberId = table.Column<long?>(type: t.Long.Name, nullable: true),
                Name = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                OrganisationId = table.Column<long?>(type: t.Long.Name, nullable: true),
                Prefix = table.Column<string>(type: t.Text(100).Name, maxLength: 100, nullable: false),
                RevokedAt = table.Column<string>(type: t.Instant.Name, nullable: true),
                Role = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                SecretHash = table.Column<byte[]>(type: t.Bytes.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiKeys", x => x.Id);
                table.ForeignKey(
                    name: "FK_ApiKeys_AccreditingBodies_BodyId",
                    column: x => x.BodyId,
                    principalTable: "AccreditingBodies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ApiKeys_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ApiKeys_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_ApiKeys_BodyId", table: "ApiKeys", column: "BodyId");
        migrationBuilder.CreateIndex(name: "IX_ApiKeys_MemberId", table: "ApiKeys", column: "MemberId");
        migrationBuilder.CreateIndex(name: "IX_ApiKeys_OrganisationId", table: "ApiKeys", column: "OrganisationId");
        migrationBuilder.CreateIndex(name: "IX_ApiKeys_Prefix", table: "ApiKeys", column: "Prefix", unique: true);

        migrationBuilder.CreateTable(
            name: "Applications",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                AppliedOn = table.Column<string>(type: t.Date.Name, nullable: false),
                DecidedAt = table.Column<string>(type: t.Instant.Name, nullable: true),
                DecidedByKeyId = table.Column<long?>(type: t.Long.Name, nullable: true),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                Reason = table.Column<string>(type: t.Text(2000).Name, maxLength: 2000, nullable: true),
                SchemeVersionId = table.Column<long>(type: t.Long.Name, nullable: false),
                SnapshotJson = table.Column<string>(type: t.UnboundedText.Name, nullable: false),
                Status = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                Version = table.Column<long>(type: t.Long.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Applications", x => x.Id);
                table.ForeignKey(
                    name: "FK_Applications_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Applications_SchemeVersions_SchemeVersionId",
                    column: x => x.SchemeVersionId,
                    principalTable: "SchemeVersions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Applications_MemberId", table: "Applications", column: "MemberId");
        migrationBuilder.CreateIndex(name: "IX_Applications_SchemeVersionId_Status", table: "Applications", columns: new[] { "SchemeVersionId", "Status" });

        migrationBuilder.CreateTable(
            name: "Awards",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                ApplicationId = table.Column<long?>(type: t.Long.Name, nullable: true),
                AwardedOn = table.Column<string>(type: t.Date.Name, nullable: false),
                ExpiresOn = table.Column<string>(type: t.Date.Name, nullable: false),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                SchemeId = table.Column<long>(type: t.Long.Name, nullable: false),
                SchemeVersionId = table.Column<long>(type: t.Long.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Awards", x => x.Id);
                table.ForeignKey(
                    name: "FK_Awards_Applications_ApplicationId",
                    column: x => x.ApplicationId,
                    principalTable: "Applications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Awards_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Awards_SchemeVersions_SchemeVersionId",
                    column: x => x.SchemeVersionId,
                    principalTable: "SchemeVersions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Awards_Schemes_SchemeId",
                    column: x => x.SchemeId,
                    principalTable: "Schemes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Awards_ApplicationId", table: "Awards", column: "ApplicationId");
        migrationBuilder.CreateIndex(name: "IX_Awards_MemberId_SchemeId", table: "Awards", columns: new[] { "MemberId", "SchemeId" });
        migrationBuilder.CreateIndex(name: "IX_Awards_SchemeId", table: "Awards", column: "SchemeId");
        migrationBuilder.CreateIndex(name: "IX_Awards_SchemeVersionId", table: "Awards", column: "SchemeVersionId");

        migrationBuilder.CreateTable(
            name: "Employments",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                End = table.Column<string>(type: t.Date.Name, nullable: true),
                ExternalRef = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: true),
                Fte = table.Column<long>(type: t.Decimal.Name, nullable: false),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                OrganisationId = table.Column<long>(type: t.Long.Name, nullable: false),
                ProfessionId = table.Column<long>(type: t.Long.Name, nullable: false),
                Role = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                Start = table.Column<string>(type: t.Date.Name, nullable: false),
                Version = table.Column<long>(type: t.Long.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Employments_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Employments_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Employments_Professions_ProfessionId",
                    column: x => x.ProfessionId,
                    principalTable: "Professions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Employments_MemberId_Start", table: "Employments", columns: new[] { "MemberId", "Start" });
        migrationBuilder.CreateIndex(name: "IX_Employments_OrganisationId_MemberId", table: "Employments", columns: new[] { "OrganisationId", "MemberId" });
        migrationBuilder.CreateIndex(name: "IX_Employments_ProfessionId", table: "Employments", column: "ProfessionId");

        migrationBuilder.CreateTable(
            name: "Experiences",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                Categories = table.Column<string>(type: t.UnboundedText.Name, nullable: false),
                CounterpartName = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: true),
                CounterpartProfessionId = table.Column<long?>(type: t.Long.Name, nullable: true),
                CounterpartSectorId = table.Column<long?>(type: t.Long.Name, nullable: true),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                End = table.Column<string>(type: t.Date.Name, nullable: true),
                Fte = table.Column<long?>(type: t.Decimal.Name, nullable: true),
                HostOrganisationId = table.Column<long?>(type: t.Long.Name, nullable: true),
                Hours = table.Column<long?>(type: t.Decimal.Name, nullable: true),
                Kind = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                MentoringRole = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: true),
                PeerChallengeRole = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: true),
                ProfessionId = table.Column<long?>(type: t.Long.Name, nullable: true),
                SectorsInvolved = table.Column<string>(type: t.UnboundedText.Name, nullable: false),
                Start = table.Column<string>(type: t.Date.Name, nullable: false),
                Title = table.Column<string>(type: t.Text(300).Name, maxLength: 300, nullable: false),
                UpdatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                Version = table.Column<long>(type: t.Long.Name, nullable: false),
                WithdrawnAt = table.Column<string>(type: t.Instant.Name, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Experiences", x => x.Id);
                table.ForeignKey(
                    name: "FK_Experiences_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Experiences_Organisations_HostOrganisationId",
                    column: x => x.HostOrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Experiences_Professions_CounterpartProfessionId",
                    column: x => x.CounterpartProfessionId,
                    principalTable: "Professions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Experiences_Professions_ProfessionId",
                    column: x => x.ProfessionId,
                    principalTable: "Professions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Experiences_Sectors_CounterpartSectorId",
                    column: x => x.CounterpartSectorId,
                    principalTable: "Sectors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Experiences_CounterpartProfessionId", table: "Experiences", column: "CounterpartProfessionId");
        migrationBuilder.CreateIndex(name: "IX_Experiences_CounterpartSectorId", table: "Experiences", column: "CounterpartSectorId");
        migrationBuilder.CreateIndex(name: "IX_Experiences_HostOrganisationId", table: "Experiences", column: "HostOrganisationId");
        migrationBuilder.CreateIndex(name: "IX_Experiences_MemberId_Start", table: "Experiences", columns: new[] { "MemberId", "Start" });
        migrationBuilder.CreateIndex(name: "IX_Experiences_ProfessionId", table: "Experiences", column: "ProfessionId");

        migrationBuilder.CreateTable(
            name: "MemberExternalIds",
            columns: table => new
            {
                OrganisationId = table.Column<long>(type: t.Long.Name, nullable: false),
                ExternalId = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberExternalIds", x => new { x.OrganisationId, x.ExternalId });
                table.ForeignKey(
                    name: "FK_MemberExternalIds_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MemberExternalIds_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_MemberExternalIds_MemberId", table: "MemberExternalIds", column: "MemberId");

        migrationBuilder.CreateTable(
            name: "Reflections",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                ExperienceId = table.Column<long?>(type: t.Long.Name, nullable: true),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                UpdatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                Version = table.Column<long>(type: t.Long.Name, nullable: false),
                Visibility = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                WhatDidNotWork = table.Column<string>(type: t.Text(10000).Name, maxLength: 10000, nullable: false),
                WhatIdDoDifferently = table.Column<string>(type: t.Text(10000).Name, maxLength: 10000, nullable: true),
                WhatWorked = table.Column<string>(type: t.Text(10000).Name, maxLength: 10000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reflections", x => x.Id);
                table.ForeignKey(
                    name: "FK_Reflections_Experiences_ExperienceId",
                    column: x => x.ExperienceId,
                    principalTable: "Experiences",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Reflections_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Reflections_ExperienceId", table: "Reflections", column: "ExperienceId");
        migrationBuilder.CreateIndex(name: "IX_Reflections_MemberId", table: "Reflections", column: "MemberId");
        migrationBuilder.CreateIndex(name: "IX_Reflections_Visibility", table: "Reflections", column: "Visibility");

        migrationBuilder.CreateTable(
            name: "AttestationRequests",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                AttestorEmail = table.Column<string>(type: t.Text(320).Name, maxLength: 320, nullable: false),
                AttestorName = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                ExperienceId = table.Column<long>(type: t.Long.Name, nullable: false),
                ExpiresAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                IssuedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                IssuedByKeyId = table.Column<long?>(type: t.Long.Name, nullable: true),
                RedeemedAt = table.Column<string>(type: t.Instant.Name, nullable: true),
                TokenHash = table.Column<byte[]>(type: t.Bytes.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AttestationRequests", x => x.Id);
                table.ForeignKey(
                    name: "FK_AttestationRequests_Experiences_ExperienceId",
                    column: x => x.ExperienceId,
                    principalTable: "Experiences",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_AttestationRequests_ExperienceId", table: "AttestationRequests", column: "ExperienceId");
        migrationBuilder.CreateIndex(name: "IX_AttestationRequests_TokenHash", table: "AttestationRequests", column: "TokenHash", unique: true);

        migrationBuilder.CreateTable(
            name: "Attestations",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                ActorKeyId = table.Column<long?>(type: t.Long.Name, nullable: true),
                At = table.Column<string>(type: t.Instant.Name, nullable: false),
                AttestorName = table.Column<string>(type: t.Text(200).Name, maxLength: 200, nullable: false),
                AttestorReference = table.Column<string>(type: t.Text(320).Name, maxLength: 320, nullable: true),
                Comment = table.Column<string>(type: t.Text(2000).Name, maxLength: 2000, nullable: true),
                ExperienceId = table.Column<long>(type: t.Long.Name, nullable: false),
                Level = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                Method = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
                Outcome = table.Column<string>(type: t.Text(32).Name, maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Attestations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Attestations_Experiences_ExperienceId",
                    column: x => x.ExperienceId,
                    principalTable: "Experiences",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Attestations_ExperienceId", table: "Attestations", column: "ExperienceId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Attestations");
        migrationBuilder.DropTable(name: "AttestationRequests");
        migrationBuilder.DropTable(name: "Reflections");
        migrationBuilder.DropTable(name: "MemberExternalIds");
        migrationBuilder.DropTable(name: "Experiences");
        migrationBuilder.DropTable(name: "Employments");
        migrationBuilder.DropTable(name: "Awards");
        migrationBuilder.DropTable(name: "Applications");
        migrationBuilder.DropTable(name: "ApiKeys");
        migrationBuilder.DropTable(name: "SchemeVersions");
        migrationBuilder.DropTable(name: "Organisations");
        migrationBuilder.DropTable(name: "Connections");
        migrationBuilder.DropTable(name: "AccessGrants");
        migrationBuilder.DropTable(name: "Sectors");
        migrationBuilder.DropTable(name: "Schemes");
        migrationBuilder.DropTable(name: "Professions");
        migrationBuilder.DropTable(name: "Members");
        migrationBuilder.DropTable(name: "KeySequences");
        migrationBuilder.DropTable(name: "IdempotencyRecords");
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "AccreditingBodies");
    }
}
