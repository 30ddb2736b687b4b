package nl.weefsel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nl.weefsel.security.TestUsers;
import nl.weefsel.security.WeefselRole;
import org.springframework.security.access.AccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Spreadsheets come in as Excel writes them, every problem is listed, and a sheet with problems writes nothing. */
class SpreadsheetImportTest extends WeefselIntegrationTest {

    @Autowired SpreadsheetImportService imports;
    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired PartnershipService partnerships;
    @Autowired RoleAssignmentService assignments;
    @TempDir Path dir;

    @BeforeEach
    void signInAsAdministrator() {
        TestUsers.signInAsAdmin("beheerder");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_semicolon_separated_windows_1252_csv_from_dutch_excel_is_imported_with_its_accents() throws IOException {
        Path file = csv("actoren.csv", Charset.forName("windows-1252"), """
                Naam;Soort;Gebied;Website;KvK
                Café Théâtre Crooswijk;Culturele instelling;WK059908;www.cafetheatre-crooswijk.nl;90817263
                Muziekatelier Pernis;MAKER;WK059913;;
                """);

        SheetHeader header = imports.header(file, "actoren.csv");
        ImportPreview preview = preview(file, SheetKind.ACTORS, header);
        ImportResult result = importAll(file, SheetKind.ACTORS, header);

        assertThat(header.readAs()).isEqualTo("CSV, windows-1252, ;");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.duplicates()).as("other tests share the database; these names and numbers are unique").isEmpty();
        assertThat(result.created()).isEqualTo(2);
        Actor cafe = named("Café Théâtre Crooswijk");
        assertThat(cafe.kind()).isEqualTo(ActorKind.CULTURAL_INSTITUTION);
        assertThat(cafe.website()).isEqualTo("https://www.cafetheatre-crooswijk.nl");
        assertThat(cafe.kvkNumber()).isEqualTo("90817263");
        assertThat(cafe.locatedInId()).isEqualTo(areas.findByCode("WK059908").orElseThrow().id());
        assertThat(cafe.version()).isZero();
        assertThat(cafe.audit().createdBy()).isEqualTo("beheerder");
        assertThat(cafe.audit().createdAt()).isNotNull();
    }

    @Test
    void a_utf8_csv_with_a_byte_order_mark_and_commas_reads_its_first_header_cleanly() throws IOException {
        Path file = csv("needs.csv", StandardCharsets.UTF_8, "\uFEFFtitle,area,heard_on,target_groups\n"
                + "\"Dansles voor meiden, 12+\",WK059915,12-03-2025,Jongeren\n");

        SheetHeader header = imports.header(file, "needs.csv");
        ImportPreview preview = preview(file, SheetKind.NEEDS, header);

        assertThat(header.headers()).containsExactly("title", "area", "heard_on", "target_groups");
        assertThat(header.sample().getFirst().getFirst()).isEqualTo("Dansles voor meiden, 12+");
        assertThat(preview.canImport()).as(preview.problems().toString()).isTrue();
    }

    @Test
    void an_empty_file_gets_a_clear_message() throws IOException {
        Path empty = csv("leeg.csv", StandardCharsets.UTF_8, "");

        assertThatThrownBy(() -> imports.header(empty, "leeg.csv")).isInstanceOf(InvalidFileException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void a_sheet_with_only_a_header_has_nothing_to_import() throws IOException {
        Path file = csv("kop.csv", StandardCharsets.UTF_8, "naam;soort\n");

        ImportPreview preview = preview(file, SheetKind.ACTORS, imports.header(file, "kop.csv"));

        assertThat(preview.rows()).isZero();
        assertThat(preview.canImport()).isFalse();
    }

    @Test
    void the_preview_lists_every_problem_by_row_and_column_and_the_import_then_writes_nothing() throws IOException {
        long before = actors.count();
        Path file = csv("fouten.csv", StandardCharsets.UTF_8, """
                naam;soort;gebied;kvk
                Goed Atelier;MAKER;WK059903;
                Vreemd Gezelschap;Circus;WK059903;
                Verdwaald Koor;MAKER;WK999999;
                Goed Atelier;MAKER;WK059903;1234
                """);
        SheetHeader header = imports.header(file, "fouten.csv");

        ImportPreview preview = preview(file, SheetKind.ACTORS, header);

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(3, "soort", ProblemType.UNKNOWN_KIND, "Circus"),
                new ImportProblem(4, "gebied", ProblemType.UNKNOWN_AREA, "WK999999"),
                new ImportProblem(5, "kvk", ProblemType.BAD_KVK, "1234"),
                new ImportProblem(5, "naam", ProblemType.DUPLICATE, "2"));
        assertThat(preview.canImport()).isFalse();
        assertThatThrownBy(() -> importAll(file, SheetKind.ACTORS, header)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("nothing was imported");
        assertThat(actors.count()).isEqualTo(before);
    }

    @Test
    void bad_dates_unknown_roles_and_unknown_actors_are_problems_of_their_cells() throws IOException {
        Path file = csv("rollen.csv", StandardCharsets.UTF_8, """
                actor;rol;gebied;vanaf;tot en met
                SKVR;Buitenschoolse cultuureducatie;WK059903;31-02-2024;
                SKVR;Ballonvaren;WK059903;2024-01-01;2023-12-31
                Onbekende Stichting;FUNDING;WK059903;;
                """);

        ImportPreview preview = preview(file, SheetKind.ROLE_ASSIGNMENTS, imports.header(file, "rollen.csv"));

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "vanaf", ProblemType.BAD_DATE),
                        org.assertj.core.groups.Tuple.tuple(3, "rol", ProblemType.UNKNOWN_ROLE),
                        org.assertj.core.groups.Tuple.tuple(3, "tot en met", ProblemType.DATES_REVERSED),
                        org.assertj.core.groups.Tuple.tuple(4, "actor", ProblemType.UNKNOWN_ACTOR));
    }

    @Test
    void a_likely_duplicate_of_an_existing_actor_is_merged_not_doubled_unless_asked() throws IOException {
        Path file = csv("partners.csv", StandardCharsets.UTF_8, """
                naam;soort;website
                Stichting S.K.V.R.;ARTS_EDUCATION_CENTRE;https://www.skvr.nl
                Nieuwe Makers Collectief;MAKER;
                """);
        SheetHeader header = imports.header(file, "partners.csv");
        long before = actors.count();
        Actor skvr = named("SKVR");

        ImportPreview preview = preview(file, SheetKind.ACTORS, header);
        ImportResult result = importAll(file, SheetKind.ACTORS, header);

        assertThat(preview.duplicates()).containsExactly(new DuplicateCandidate(2, "Stichting S.K.V.R.", skvr.id(), "SKVR", "name"));
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.merged()).isEqualTo(1);
        assertThat(actors.count()).isEqualTo(before + 1);
        assertThat(actors.find(skvr.id()).orElseThrow().website()).as("a blank is filled in").isEqualTo("https://www.skvr.nl");
    }

    @Test
    void ties_from_a_sheet_carry_the_file_as_their_source() throws IOException {
        Path file = csv("banden.csv", StandardCharsets.UTF_8, """
                van;naar;soort verbinding;intensiteit;schriftelijke overeenkomst;vanaf
                Cultuur Concreet;Bibliotheek Rotterdam;Kennisdeling;COORDINATION;ja;1-9-2023
                """);
        SheetHeader header = imports.header(file, "banden.csv");

        importAll(file, SheetKind.PARTNERSHIPS, header);

        var tie = partnerships.all().stream().filter(p -> p.provenance().source() != null
                && p.provenance().source().startsWith("Import banden.csv")).findFirst().orElseThrow();
        assertThat(tie.writtenAgreement()).isTrue();
        assertThat(tie.validity().from()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(tie.provenance().assertedBy()).isEqualTo("beheerder");
    }

    @Test
    void an_xlsx_sheet_with_date_cells_is_read_as_dates() throws IOException {
        Path file = dir.resolve("rollen.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Rollen");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            var head = sheet.createRow(0);
            List.of("actor", "role", "area", "basis", "valid_from").forEach(h -> head.createCell(head.getPhysicalNumberOfCells()).setCellValue(h));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Bibliotheek Rotterdam");
            row.createCell(1).setCellValue("READING_PROMOTION");
            row.createCell(2).setCellValue("WK059917");
            row.createCell(3).setCellValue("Toegewezen");
            var date = row.createCell(4);
            date.setCellValue(LocalDate.of(2022, 1, 9));
            date.setCellStyle(dateStyle);
            workbook.write(out);
        }
        SheetHeader header = imports.header(file, "rollen.xlsx");

        ImportResult result = importAll(file, SheetKind.ROLE_ASSIGNMENTS, header);

        assertThat(header.readAs()).isEqualTo("XLSX");
        assertThat(result.created()).isEqualTo(1);
        var hoekVanHolland = areas.findByCode("WK059917").orElseThrow();
        assertThat(assignments.list(new RoleAssignmentFilter(null, null, hoekVanHolland.id(), null)))
                .anySatisfy(held -> assertThat(held.validity().from()).isEqualTo(LocalDate.of(2022, 1, 9)));
    }

    @Test
    void a_50_megabyte_file_streams_through_and_its_problems_are_counted() throws IOException {
        Path file = dir.resolve("groot.csv");
        long rows = 0;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("actor;rol;gebied;vanaf;notitie\n");
            while (Files.size(file) < 50L * 1024 * 1024 || rows == 0) {
                for (int i = 0; i < 10_000; i++, rows++) {
                    writer.write("SKVR;NEIGHBOURHOOD_SCOUTING;WK99" + (rows % 10_000) + ";2024-01-01;Een regel uit een grote lijst, "
                            + "met genoeg tekst om de vijftig megabyte te halen\n");
                }
                writer.flush();
            }
        }
        long before = assignments.list(RoleAssignmentFilter.ALL).size();

        ImportPreview preview = preview(file, SheetKind.ROLE_ASSIGNMENTS, imports.header(file, "groot.csv"));

        assertThat(preview.rows()).isEqualTo(rows);
        assertThat(preview.problemCount()).isEqualTo(rows);
        assertThat(preview.problems()).hasSize(ImportPreview.SHOWN);
        assertThat(assignments.list(RoleAssignmentFilter.ALL)).hasSize((int) before);
    }

    @Test
    void scouts_advisers_and_partners_may_not_import_a_sheet() throws IOException {
        Path file = csv("adviseur.csv", StandardCharsets.UTF_8, "naam;soort;gebied\nAtelier;MAKER;WK059903\n");
        SheetHeader header = imports.header(file, "adviseur.csv");
        long before = actors.count();

        for (WeefselRole role : List.of(WeefselRole.SCOUT, WeefselRole.ADVISER, WeefselRole.PARTNER)) {
            TestUsers.signIn("geen-import-" + role.name().toLowerCase(), role, List.of("WK059903"), null);
            assertThatThrownBy(() -> imports.header(file, "adviseur.csv")).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> importAll(file, SheetKind.ACTORS, header)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(actors.count()).isEqualTo(before);
    }

    @Test
    void a_coordinator_imports_actors_and_ties_within_their_territory() throws IOException {
        String elsewhere = areas.findByCode("WK059908").orElseThrow().id();
        Actor outside = actors.create(ActorData.of("Werkgebiedtoets Buitenpodium", ActorKind.CULTURAL_INSTITUTION, elsewhere));
        Path actorSheet = csv("coordinator-actoren.csv", StandardCharsets.UTF_8, """
                naam;soort;gebied;actief in
                Werkgebiedtoets Atelier;MAKER;WK059903;
                Werkgebiedtoets Reizend Theater;MAKER;WK059908;WK059903
                """);
        Path tieSheet = csv("coordinator-banden.csv", StandardCharsets.UTF_8, """
                van;naar;soort verbinding
                Werkgebiedtoets Buitenpodium;Werkgebiedtoets Atelier;COLLABORATION
                """);
        signInAsCoordinatorOf("WK059903");

        ImportResult createdActors = importAll(actorSheet, SheetKind.ACTORS, imports.header(actorSheet, "coordinator-actoren.csv"));
        ImportResult createdTies = importAll(tieSheet, SheetKind.PARTNERSHIPS, imports.header(tieSheet, "coordinator-banden.csv"));

        assertThat(createdActors.created()).isEqualTo(2);
        assertThat(named("Werkgebiedtoets Atelier").audit().createdBy()).isEqualTo("coordinator-noord");
        assertThat(createdTies.created()).isEqualTo(1);
        assertThat(partnerships.all()).anySatisfy(tie -> {
            assertThat(tie.fromActorId()).isEqualTo(outside.id());
            assertThat(tie.toActorId()).isEqualTo(named("Werkgebiedtoets Atelier").id());
        });
    }

    @Test
    void a_coordinators_rows_outside_their_territory_are_problems_of_their_cells_and_nothing_is_written() throws IOException {
        String elsewhere = areas.findByCode("WK059908").orElseThrow().id();
        actors.create(ActorData.of("Grenstoets Oost", ActorKind.MAKER, elsewhere));
        actors.create(ActorData.of("Grenstoets West", ActorKind.MAKER, elsewhere));
        Path actorSheet = csv("grens-actoren.csv", StandardCharsets.UTF_8, """
                naam;soort;gebied
                Grenstoets Binnen;MAKER;WK059903
                Grenstoets Buiten;MAKER;WK059908
                """);
        Path tieSheet = csv("grens-banden.csv", StandardCharsets.UTF_8, """
                van;naar
                Grenstoets Oost;Grenstoets West
                """);
        Path needSheet = csv("grens-behoeften.csv", StandardCharsets.UTF_8, """
                titel;gebied
                Grenstoets repetitieruimte;WK059908
                """);
        signInAsCoordinatorOf("WK059903");
        long actorsBefore = actors.count();
        long tiesBefore = partnerships.all().size();

        ImportPreview actorPreview = preview(actorSheet, SheetKind.ACTORS, imports.header(actorSheet, "grens-actoren.csv"));
        ImportPreview tiePreview = preview(tieSheet, SheetKind.PARTNERSHIPS, imports.header(tieSheet, "grens-banden.csv"));
        ImportPreview needPreview = preview(needSheet, SheetKind.NEEDS, imports.header(needSheet, "grens-behoeften.csv"));

        assertThat(actorPreview.problems()).containsExactly(new ImportProblem(3, "gebied", ProblemType.OUTSIDE_TERRITORY, "WK059908"));
        assertThat(tiePreview.problems()).containsExactly(
                new ImportProblem(2, "van", ProblemType.OUTSIDE_TERRITORY, "Grenstoets Oost → Grenstoets West"));
        assertThat(needPreview.problems()).containsExactly(new ImportProblem(2, "gebied", ProblemType.OUTSIDE_TERRITORY, "WK059908"));
        assertThatThrownBy(() -> importAll(actorSheet, SheetKind.ACTORS, imports.header(actorSheet, "grens-actoren.csv")))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("nothing was imported");
        assertThatThrownBy(() -> importAll(tieSheet, SheetKind.PARTNERSHIPS, imports.header(tieSheet, "grens-banden.csv")))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("nothing was imported");
        assertThat(actors.count()).as("not even the row inside the territory").isEqualTo(actorsBefore);
        assertThat(partnerships.all()).hasSize((int) tiesBefore);
    }

    @Test
    void a_coordinator_cannot_merge_a_row_into_an_actor_outside_their_territory_but_may_create_it_anew() throws IOException {
        String elsewhere = areas.findByCode("WK059908").orElseThrow().id();
        Actor existing = actors.create(ActorData.of("Samenvoegtoets Podium", ActorKind.CULTURAL_INSTITUTION, elsewhere));
        Path file = csv("samenvoegen.csv", StandardCharsets.UTF_8, """
                naam;soort;gebied;website
                Samenvoegtoets Podium;CULTURAL_INSTITUTION;WK059903;www.samenvoegtoets.nl
                """);
        signInAsCoordinatorOf("WK059903");
        SheetHeader header = imports.header(file, "samenvoegen.csv");
        long before = actors.count();

        ImportPreview preview = preview(file, SheetKind.ACTORS, header);

        assertThat(preview.duplicates()).extracting(DuplicateCandidate::existingId).containsExactly(existing.id());
        assertThatThrownBy(() -> importAll(file, SheetKind.ACTORS, header)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("outside your territory").hasMessageContaining("nothing was imported");
        assertThat(actors.find(existing.id()).orElseThrow().website()).as("not merged").isNull();
        assertThat(actors.count()).isEqualTo(before);

        ImportResult result = imports.importRows(file, "samenvoegen.csv", SheetKind.ACTORS,
                ColumnMapping.suggest(SheetKind.ACTORS, header.headers()), Set.of(2), f -> { });

        assertThat(result.created()).isEqualTo(1);
        assertThat(actors.count()).isEqualTo(before + 1);
    }

    private static void signInAsCoordinatorOf(String territory) {
        TestUsers.signIn("coordinator-noord", WeefselRole.COORDINATOR, List.of(territory), null);
    }

    private ImportPreview preview(Path file, SheetKind kind, SheetHeader header) {
        return imports.preview(file, file.getFileName().toString(), kind, ColumnMapping.suggest(kind, header.headers()), f -> { });
    }

    private ImportResult importAll(Path file, SheetKind kind, SheetHeader header) {
        return imports.importRows(file, file.getFileName().toString(), kind, ColumnMapping.suggest(kind, header.headers()),
                Set.of(), f -> { });
    }

    private Actor named(String name) {
        return actors.list(ActorFilter.ALL).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private Path csv(String name, Charset charset, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, charset);
        return file;
    }
}
