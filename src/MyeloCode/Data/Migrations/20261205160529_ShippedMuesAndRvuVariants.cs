using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MyeloCode.Data.Migrations
{
    /// <inheritdoc />
    public partial class ShippedMuesAndRvuVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PfsRvus_Code_Modifier_Year",
                table: "PfsRvus");

            migrationBuilder.AddColumn<string>(
                name: "Variant",
                table: "PfsRvus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Variant",
                table: "MedicareFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CodeMues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeId = table.Column<string>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjudicationIndicator = table.Column<string>(type: "TEXT", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    File = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeMues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodeMues_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PfsRvus_Code_Modifier_Year_Variant",
                table: "PfsRvus",
                columns: new[] { "Code", "Modifier", "Year", "Variant" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodeMues_CodeId_EffectiveFrom",
                table: "CodeMues",
                columns: new[] { "CodeId", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CodeMues");

            migrationBuilder.DropIndex(
                name: "IX_PfsRvus_Code_Modifier_Year_Variant",
                table: "PfsRvus");

            migrationBuilder.DropColumn(
                name: "Variant",
                table: "PfsRvus");

            migrationBuilder.DropColumn(
                name: "Variant",
                table: "MedicareFigures");

            migrationBuilder.CreateIndex(
                name: "IX_PfsRvus_Code_Modifier_Year",
                table: "PfsRvus",
                columns: new[] { "Code", "Modifier", "Year" },
                unique: true);
        }
    }
}
