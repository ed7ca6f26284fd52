using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MyeloCode.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogueStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DataHash = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Codes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ShortLabel = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Descriptor = table.Column<string>(type: "TEXT", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: true),
                    Route = table.Column<string>(type: "TEXT", nullable: false),
                    IncludesSupervisionAndInterpretation = table.Column<bool>(type: "INTEGER", nullable: false),
                    PcTcIndicator = table.Column<string>(type: "TEXT", nullable: false),
                    GlobalPeriod = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    EffectiveYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Documentation = table.Column<string>(type: "TEXT", nullable: false),
                    Unconfirmed = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsStored = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsSkipped = table.Column<int>(type: "INTEGER", nullable: false),
                    DataVersion = table.Column<string>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodeDiagnoses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeId = table.Column<string>(type: "TEXT", nullable: false),
                    Icd10 = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeDiagnoses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodeDiagnoses_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CodeRelations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeId = table.Column<string>(type: "TEXT", nullable: false),
                    RelatedCode = table.Column<string>(type: "TEXT", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodeRelations_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MedicareFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeId = table.Column<string>(type: "TEXT", nullable: false),
                    Modifier = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    ConversionFactor = table.Column<string>(type: "TEXT", nullable: true),
                    Work = table.Column<string>(type: "TEXT", nullable: true),
                    NonFacilityPe = table.Column<string>(type: "TEXT", nullable: true),
                    FacilityPe = table.Column<string>(type: "TEXT", nullable: true),
                    Malpractice = table.Column<string>(type: "TEXT", nullable: true),
                    NonFacilityTotal = table.Column<string>(type: "TEXT", nullable: true),
                    FacilityTotal = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MedicareFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MedicareFigures_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MueValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjudicationIndicator = table.Column<string>(type: "TEXT", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MueValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MueValues_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficialDescriptors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Form = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialDescriptors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialDescriptors_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PfsRvus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Modifier = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Work = table.Column<string>(type: "TEXT", nullable: true),
                    NonFacilityPe = table.Column<string>(type: "TEXT", nullable: true),
                    FacilityPe = table.Column<string>(type: "TEXT", nullable: true),
                    Malpractice = table.Column<string>(type: "TEXT", nullable: true),
                    NonFacilityTotal = table.Column<string>(type: "TEXT", nullable: true),
                    FacilityTotal = table.Column<string>(type: "TEXT", nullable: true),
                    PcTcIndicator = table.Column<string>(type: "TEXT", nullable: false),
                    GlobalPeriod = table.Column<string>(type: "TEXT", nullable: false),
                    MultipleProcedure = table.Column<string>(type: "TEXT", nullable: true),
                    Bilateral = table.Column<string>(type: "TEXT", nullable: true),
                    AssistantSurgery = table.Column<string>(type: "TEXT", nullable: true),
                    CoSurgery = table.Column<string>(type: "TEXT", nullable: true),
                    TeamSurgery = table.Column<string>(type: "TEXT", nullable: true),
                    ConversionFactor = table.Column<string>(type: "TEXT", nullable: true),
                    PhysicianSupervision = table.Column<string>(type: "TEXT", nullable: true),
                    DiagnosticImagingFamily = table.Column<string>(type: "TEXT", nullable: true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfsRvus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PfsRvus_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PtpEdits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Column1 = table.Column<string>(type: "TEXT", nullable: false),
                    Column2 = table.Column<string>(type: "TEXT", nullable: false),
                    InExistencePriorTo1996 = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeletionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ModifierIndicator = table.Column<int>(type: "INTEGER", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PtpEdits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PtpEdits_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CodeDiagnoses_CodeId",
                table: "CodeDiagnoses",
                column: "CodeId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeRelations_CodeId_RelatedCode",
                table: "CodeRelations",
                columns: new[] { "CodeId", "RelatedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Imports_Kind_Sha256",
                table: "Imports",
                columns: new[] { "Kind", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_MedicareFigures_CodeId",
                table: "MedicareFigures",
                column: "CodeId");

            migrationBuilder.CreateIndex(
                name: "IX_MueValues_Code",
                table: "MueValues",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MueValues_ImportId",
                table: "MueValues",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialDescriptors_Code_Form",
                table: "OfficialDescriptors",
                columns: new[] { "Code", "Form" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficialDescriptors_ImportId",
                table: "OfficialDescriptors",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_PfsRvus_Code_Modifier_Year",
                table: "PfsRvus",
                columns: new[] { "Code", "Modifier", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PfsRvus_ImportId",
                table: "PfsRvus",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_PtpEdits_Column1_Column2_EffectiveDate",
                table: "PtpEdits",
                columns: new[] { "Column1", "Column2", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PtpEdits_Column2",
                table: "PtpEdits",
                column: "Column2");

            migrationBuilder.CreateIndex(
                name: "IX_PtpEdits_ImportId",
                table: "PtpEdits",
                column: "ImportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueStates");

            migrationBuilder.DropTable(
                name: "CodeDiagnoses");

            migrationBuilder.DropTable(
                name: "CodeRelations");

            migrationBuilder.DropTable(
                name: "MedicareFigures");

            migrationBuilder.DropTable(
                name: "MueValues");

            migrationBuilder.DropTable(
                name: "OfficialDescriptors");

            migrationBuilder.DropTable(
                name: "PfsRvus");

            migrationBuilder.DropTable(
                name: "PtpEdits");

            migrationBuilder.DropTable(
                name: "Codes");

            migrationBuilder.DropTable(
                name: "Imports");
        }
    }
}
