package nl.weefsel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.weefsel.Application;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.SystemIdentity;
import nl.weefsel.impact.ChecklistService;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.ImpactService;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Export → empty database → import gives the same network back, on two fresh embedded databases. */
class BackupRoundTripTest {

    @Test
    void a_backup_restored_into_an_empty_database_exports_to_the_same_file(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Network original;
        try (var source = start(dir.resolve("source"), true)) {
            addHistoryAndBoundary(source);
            assertThat(new Commands(source).run("export", first.toString()).status()).isZero();
            original = Network.of(source);
            assertThat(original.impact().toString()).as("the demo's impact records are in the back-up").contains("Nulmeting 2025");
        }

        try (var target = start(dir.resolve("target"), false)) {
            var restored = new Commands(target).run("import", first.toString());
            assertThat(restored.status()).as(restored.err()).isZero();
            assertThat(new Commands(target).run("export", second.toString()).status()).isZero();

            assertThat(withoutExportTime(second)).isEqualTo(withoutExportTime(first));
            assertThat(Network.of(target)).isEqualTo(original);
            assertThat(target.getBean(AreaService.class).boundary(original.rotterdamId())).hasValue(BOUNDARY);
            assertThat(changes(target)).containsExactly("Kunstpunt <Zuid> & \"Co\"");
            assertThat(Network.of(target).changes()).as("the back-up's history, and no more: not the seeded taxonomy's, "
                    + "not the restore's").isEqualTo(original.changes());
        }
    }

    @Test
    void merging_the_same_backup_again_changes_nothing_and_an_import_without_merge_is_refused(@TempDir Path dir)
            throws IOException {
        Path backup = dir.resolve("backup.json");
        Path again = dir.resolve("again.json");
        try (var context = start(dir.resolve("db"), true)) {
            var commands = new Commands(context);
            assertThat(commands.run("export", backup.toString()).status()).isZero();

            var refused = commands.run("import", backup.toString());
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err()).startsWith("weefsel import: the database is not empty").doesNotContain("\n ");

            assertThat(commands.run("import", backup.toString(), "--merge").status()).isZero();
            assertThat(commands.run("export", again.toString()).status()).isZero();
            assertThat(withoutExportTime(again)).isEqualTo(withoutExportTime(backup));
        }
    }

    private static final String BOUNDARY = """
            {"type":"Polygon","coordinates":[[[4.4,51.9],[4.5,51.9],[4.5,52.0],[4.4,51.9]]]}""";

    private static void addHistoryAndBoundary(ConfigurableApplicationContext context) {
        var areas = context.getBean(AreaService.class);
        SystemIdentity.run(() -> areas.setBoundary(areas.findByCode("GM0599").orElseThrow().id(), BOUNDARY, 2023, "Kadaster / CBS"));
        // the editing feature keeps history as (:Change) nodes; a back-up must carry them whatever their shape
        context.getBean(Neo4jClient.class).query("""
                        CREATE (:Change {id: 'change-1', kind: 'Actor', summary: $summary, at: $at, fields: ['name', 'kind']})
                        """)
                .bindAll(Map.of("summary", "Kunstpunt <Zuid> & \"Co\"", "at", ZonedDateTime.of(2026, 11, 1, 9, 30, 0, 123_000_000, ZoneOffset.UTC)))
                .run();
    }

    private static List<String> changes(ConfigurableApplicationContext context) {
        return List.copyOf(context.getBean(Neo4jClient.class).query("MATCH (c:Change {id: 'change-1'}) RETURN c.summary AS s")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("s").asString()).all());
    }

    private static String withoutExportTime(Path file) throws IOException {
        return Files.readString(file).replaceFirst("\"exportedAt\": \"[^\"]*\"", "");
    }

    static ConfigurableApplicationContext start(Path dataDir, boolean demo) {
        return start(dataDir, demo, "16m");
    }

    static ConfigurableApplicationContext start(Path dataDir, boolean demo, String pageCache) {
        return Application.withoutWeb().run("--weefsel.data-dir=" + dataDir, "--weefsel.embedded-neo4j.page-cache=" + pageCache,
                "--weefsel.demo-data=" + demo);
    }

    /** The network as the services show it: ids, versions, audit and provenance included. */
    record Network(List<?> actors, List<?> ties, List<?> roles, List<?> areas, String rotterdamId, List<?> impact, long changes) {

        static Network of(ConfigurableApplicationContext context) {
            var areas = context.getBean(AreaService.class);
            List<nl.weefsel.partnership.Partnership> ties = context.getBean(PartnershipService.class).all();
            return new Network(context.getBean(ActorService.class).list(ActorFilter.ALL), ties,
                    context.getBean(RoleAssignmentService.class).list(RoleAssignmentFilter.ALL),
                    areas.all(), areas.findByCode("GM0599").orElseThrow().id(), impact(context, ties),
                    count(context, "MATCH (c:Change) RETURN count(c) AS n"));
        }

        /** The impact records (moments, stories, hand-given checklist answers) of every tie, as an admin sees them. */
        private static List<?> impact(ConfigurableApplicationContext context, List<nl.weefsel.partnership.Partnership> ties) {
            var impact = context.getBean(ImpactService.class);
            var checklists = context.getBean(ChecklistService.class);
            return SystemIdentity.call(() -> ties.stream().flatMap(tie -> java.util.stream.Stream.of(impact.moments(ImpactOwner.partnership(tie.id())),
                    impact.stories(ImpactOwner.partnership(tie.id())), impact.reports(ImpactOwner.partnership(tie.id())), checklists.checklist(tie.id()))).toList());
        }
    }

    static long count(ConfigurableApplicationContext context, String cypher) {
        return context.getBean(Neo4jClient.class).query(cypher).fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
    }
}
