using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cpd.Api.Persistence.Migrations;

/// <summary>
/// Adds <c>MemberLinkCodes</c>: a member's single-use codes that let a new employer's HR system link its row to them
/// (<c>createEmployerLinkCode</c>, <c>syncWorkforce</c>'s <c>linkCode</c>). Additive only.
/// </summary>
[DbContext(typeof(CpdDbContext))]
[Migration(Id)]
internal sealed class AddMemberLinkCodes : Migration
{
    /// <summary>The migration's id (after <see cref="Initial"/>).</summary>
    public const string Id = "20261122093000_AddMemberLinkCodes";

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = StoreTypes.For(migrationBuilder.ActiveProvider);

        migrationBuilder.CreateTable(
            name: "MemberLinkCodes",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long.Name, nullable: false),
                CodeHash = table.Column<byte[]>(type: t.Bytes.Name, nullable: false),
                CreatedAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                ExpiresAt = table.Column<string>(type: t.Instant.Name, nullable: false),
                MemberId = table.Column<long>(type: t.Long.Name, nullable: false),
                UsedAt = table.Column<string>(type: t.Instant.Name, nullable: true),
                UsedByOrganisationId = table.Column<long?>(type: t.Long.Name, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberLinkCodes", x => x.Id);
                table.ForeignKey(
                    name: "FK_MemberLinkCodes_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MemberLinkCodes_Organisations_UsedByOrganisationId",
                    column: x => x.UsedByOrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_MemberLinkCodes_CodeHash", table: "MemberLinkCodes", column: "CodeHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_MemberLinkCodes_MemberId", table: "MemberLinkCodes", column: "MemberId");
        migrationBuilder.CreateIndex(name: "IX_MemberLinkCodes_UsedByOrganisationId", table: "MemberLinkCodes", column: "UsedByOrganisationId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "MemberLinkCodes");
}
