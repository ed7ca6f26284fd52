using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MyeloCode.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportVersionsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PtpEdits_Column1_Column2_EffectiveDate",
                table: "PtpEdits");

            migrationBuilder.DropIndex(
                name: "IX_MueValues_Code",
                table: "MueValues");

            migrationBuilder.AddColumn<DateOnly>(
                name: "VersionFrom",
                table: "PtpEdits",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "VersionFrom",
                table: "MueValues",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveFrom",
                table: "Imports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PtpEdits_VersionFrom_Column1_Column2_EffectiveDate",
                table: "PtpEdits",
                columns: new[] { "VersionFrom", "Column1", "Column2", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MueValues_VersionFrom_Code",
                table: "MueValues",
                columns: new[] { "VersionFrom", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PtpEdits_VersionFrom_Column1_Column2_EffectiveDate",
                table: "PtpEdits");

            migrationBuilder.DropIndex(
                name: "IX_MueValues_VersionFrom_Code",
                table: "MueValues");

            migrationBuilder.DropColumn(
                name: "VersionFrom",
                table: "PtpEdits");

            migrationBuilder.DropColumn(
                name: "VersionFrom",
                table: "MueValues");

            migrationBuilder.DropColumn(
                name: "EffectiveFrom",
                table: "Imports");

            migrationBuilder.CreateIndex(
                name: "IX_PtpEdits_Column1_Column2_EffectiveDate",
                table: "PtpEdits",
                columns: new[] { "Column1", "Column2", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MueValues_Code",
                table: "MueValues",
                column: "Code",
                unique: true);
        }
    }
}
