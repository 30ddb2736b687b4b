package nl.weefsel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ../shared/STYLE.md, checked on the sources' imports: the core features
 * never use the features built on them, a feature's {@code internal} package is its own, and the
 * analysis engine is plain Java.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "nl", "weefsel");
    private static final Set<String> CORE = Set.of("area", "actor", "role", "partnership", "initiative");
    private static final Set<String> BUILT_ON_CORE = Set.of("analysis", "coverage", "exchange", "audit", "collaboration",
            "privacy", "network", "demo", "impact", "funding");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

    record Dependency(String fromFile, String fromFeature, String imported) {
        String feature() {
            String rest = imported.substring("nl.weefsel.".length());
            return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        }
    }

    @Test
    void the_core_features_never_use_the_features_built_on_them() throws IOException {
        assertThat(dependencies()).filteredOn(d -> CORE.contains(d.fromFeature()))
                .filteredOn(d -> BUILT_ON_CORE.contains(d.feature()))
                .filteredOn(d -> !editingViewUsesCollaboration(d))
                .isEmpty();
    }

    /**
     * The one way up: a core feature's editing views ({@code ui}) use the record dialog, live updates
     * and history feed that audit and collaboration offer them (DD005). Services, records and
     * entities of the core never do.
     */
    private static boolean editingViewUsesCollaboration(Dependency d) {
        return d.fromFile().contains("/ui/") && Set.of("audit", "collaboration").contains(d.feature())
                && d.imported().matches("nl\\.weefsel\\.(audit|collaboration)(\\.ui)?\\.[A-Z]\\w*");
    }

    /**
     * The one exception: the core features' entities and repositories are shared among the core
     * features, because Spring Data Neo4j maps relationships between entity types (an actor is
     * LOCATED_IN an area). Nothing outside the core touches them.
     */
    @Test
    void a_features_internal_package_is_used_only_by_that_feature() throws IOException {
        assertThat(dependencies())
                .filteredOn(d -> d.imported().contains(".internal."))
                .filteredOn(d -> !d.feature().equals("base")) // base.internal is the shared persistence kit
                .filteredOn(d -> !d.feature().equals(d.fromFeature()))
                .filteredOn(d -> !(CORE.contains(d.feature()) && CORE.contains(d.fromFeature())))
                .isEmpty();
    }

    @Test
    void the_analysis_engine_is_plain_java_without_spring_or_other_features() throws IOException {
        assertThat(dependencies()).filteredOn(d -> d.fromFeature().equals("analysis"))
                .filteredOn(d -> d.imported().startsWith("org.springframework") || d.imported().startsWith("nl.weefsel.")
                        && !d.feature().equals("analysis") && !d.imported().equals("nl.weefsel.base.Command"))
                .isEmpty();
    }

    /**
     * Coverage's findings are shown to every reader, so they come from the network alone: never from
     * impact's records (moments, stories, checklist answers), whose reading impact restricts (DD007).
     */
    @Test
    void coverage_never_reads_impact_records() throws IOException {
        assertThat(dependencies()).filteredOn(d -> d.fromFeature().equals("coverage")).filteredOn(d -> d.feature().equals("impact"))
                .isEmpty();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("coverage"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("nl.weefsel.impact", ":Impact");
            }
        }
    }

    private static List<Dependency> dependencies() throws IOException {
        List<Dependency> dependencies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                String feature = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    dependencies.add(new Dependency(relative.toString(), feature, imports.group(1)));
                }
            }
        }
        return dependencies.stream().filter(d -> d.imported().startsWith("nl.weefsel.") || d.imported().startsWith("org.springframework"))
                .toList();
    }
}
