package nl.weefsel.coverage.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.coverage.CoverageFindings;
import nl.weefsel.role.AssignmentBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coverage benchmark of docs/benchmarks.md: how long the live recomputation takes for one
 * changed area of a province-sized network ({@code geo_province} of ../shared/oracle/perf, with
 * roles, offers and needs added by fixed rules). It measures the analysis, not the database read,
 * and asserts no time. Runs only with {@code WEEFSEL_BENCHMARK=1} in the environment.
 */
class CoverageBenchmark {

    private static final Path PROVINCE = Path.of("..", "shared", "oracle", "perf", "geo_province.json.gz");
    private static final int RUNS = 3;

    @Test
    void one_changed_area_of_a_province() throws IOException {
        assumeTrue("1".equals(System.getenv("WEEFSEL_BENCHMARK")), "set WEEFSEL_BENCHMARK=1 to run the coverage benchmark");
        Fixture province = province();
        NetworkData data = province.data();
        List<String> report = new ArrayList<>();
        report.add(String.format("network: %,d areas, %,d actors, %,d role assignments, %,d needs, %,d ties", data.areas().size(),
                data.actors().size(), data.assignments().size(), data.needs().size(), data.ties().size()));

        CoverageFindings all = time(report, "all findings, all areas and network-wide (live start)",
                () -> new CoverageComputation(data, NetworkStructure.standard()).findings());
        report.add(String.format("  %,d grey zones, %,d white spots, %,d continuity risks, %,d brokers", all.greyZones().size(),
                all.whiteSpots().size(), all.continuityRisks().size(), all.brokers().size()));
        String neighbourhood = "M0007-N03";
        time(report, "one neighbourhood changed: new computation + its findings", () -> PartialUpdate.of(all,
                new CoverageComputation(data, NetworkStructure.standard()), List.of(neighbourhood), false));
        time(report, "one municipality changed: new computation + its findings", () -> PartialUpdate.of(all,
                new CoverageComputation(data, NetworkStructure.standard()), List.of("M0007"), false));
        time(report, "a tie changed, analysed anew: the above + network-wide continuity and brokers", () -> PartialUpdate.of(all,
                new CoverageComputation(data, NetworkStructure.standard()), List.of(neighbourhood), true));

        // What LiveCoverage does since it remembers the last analysis: a tie's facts change (same structure) …
        NetworkData factsChanged = withTies(data, flipped(data.ties()));
        NetworkStructure remembering = NetworkStructure.remembering();
        new CoverageComputation(data, remembering).continuityRisks();
        CoverageFindings remembered = time(report, "a tie's facts changed, same structure: continuity and brokers remembered",
                () -> PartialUpdate.of(all, new CoverageComputation(factsChanged, remembering), List.of(neighbourhood), true));
        CoverageComputation fresh = new CoverageComputation(factsChanged, NetworkStructure.standard());
        if (!remembered.continuityRisks().equals(fresh.continuityRisks()) || !remembered.brokers().equals(fresh.brokers())) {
            throw new AssertionError("remembered metrics gave other findings than a new analysis");
        }
        // … or a tie is added or ended (structure changed: every run alternates between the two networks).
        NetworkData tieAdded = withTies(data, added(data));
        var runs = new AtomicInteger();
        time(report, "a tie added or ended, structure changed: continuity and brokers anew", () -> PartialUpdate.of(all,
                new CoverageComputation(runs.getAndIncrement() % 2 == 0 ? tieAdded : data, remembering), List.of(neighbourhood), true));

        report.forEach(System.out::println);
        Files.write(Path.of("target", "coverage-benchmark.txt"), report);
    }

    /**
     * geo_province's municipalities, neighbourhoods, organisations and partnerships, and by fixed
     * rules: arts education centres give lessons where they are (every third by assignment), libraries
     * present, welfare organisations scout, volunteer initiatives claim presentation, and every
     * seventh neighbourhood has an open need.
     */
    private static Fixture province() throws IOException {
        JsonNode graph;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(PROVINCE))) {
            graph = JsonMapper.builder().build().readTree(in);
        }
        var fixture = new Fixture();
        for (String role : List.of("EDUCATION", "PRESENTATION", "SCOUTING")) {
            fixture.role(role);
        }
        int index = 0;
        for (JsonNode node : graph.path("nodes")) {
            String id = node.path("id").asString();
            String type = node.path("type").asString();
            String[] parts = id.split("-");
            String parent = parts.length == 1 ? null : String.join("-", Arrays.copyOf(parts, parts.length - 1));
            index++;
            switch (type) {
                case "municipality" -> fixture.area(id, AreaLevel.MUNICIPALITY, null, 50_000);
                case "neighbourhood" -> {
                    fixture.area(id, AreaLevel.WIJK, parent, 5_000);
                    if (index % 7 == 0) {
                        fixture.need("need-" + id, id, Set.of(Discipline.DANCE), Set.of(TargetGroup.YOUTH), null);
                    }
                }
                case "arts_education_centre" -> {
                    fixture.actor(id, ActorKind.ARTS_EDUCATION_CENTRE, parent, Set.of(index % 2 == 0 ? Discipline.MUSIC : Discipline.DANCE),
                            Set.of(TargetGroup.CHILDREN));
                    fixture.assign(id, "EDUCATION", parent, index % 3 == 0 ? AssignmentBasis.ASSIGNED : AssignmentBasis.PRACTISED);
                }
                case "library" -> {
                    fixture.actor(id, ActorKind.LIBRARY, parent, Set.of(Discipline.LITERATURE), Set.of(TargetGroup.ALL_RESIDENTS));
                    fixture.assign(id, "PRESENTATION", parent, AssignmentBasis.PRACTISED);
                }
                case "welfare_org" -> {
                    fixture.actor(id, ActorKind.WELFARE, parent);
                    fixture.assign(id, "SCOUTING", parent, AssignmentBasis.PRACTISED);
                }
                case "volunteer_initiative" -> {
                    fixture.actor(id, ActorKind.COMMUNITY_INITIATIVE, parent);
                    if (index % 4 == 0) {
                        fixture.assign(id, "PRESENTATION", parent, AssignmentBasis.CLAIMED);
                    }
                }
                case "school" -> fixture.actor(id, ActorKind.SCHOOL, parent);
                case "funder" -> fixture.actor(id, ActorKind.FUNDER, null);
                default -> throw new IllegalStateException("unknown node type " + type);
            }
        }
        for (JsonNode edge : graph.path("edges")) {
            if (edge.path("type").asString().equals("partnership")) {
                fixture.tie(edge.path("source").asString(), edge.path("target").asString());
            }
        }
        return fixture;
    }

    private static NetworkData withTies(NetworkData data, List<Tie> ties) {
        return new NetworkData(data.day(), data.areas(), data.actors(), data.roles(), data.assignments(), data.initiatives(),
                data.needs(), ties);
    }

    /** The ties with the first one's facts turned around: the same structure. */
    private static List<Tie> flipped(List<Tie> ties) {
        List<Tie> changed = new ArrayList<>(ties);
        Tie first = changed.getFirst();
        changed.set(0, new Tie(first.id(), first.firstId(), first.secondId(), first.kind(), !first.writtenAgreement(),
                !first.fixedContactPerson()));
        return changed;
    }

    /** The ties and one more, between the first actor and the first one further on it has no link with. */
    private static List<Tie> added(NetworkData data) {
        ActorGraph graph = new ActorGraph(data);
        String first = data.actors().getFirst().id();
        String other = data.actors().stream().map(actor -> actor.id()).filter(id -> !id.equals(first) && !graph.adjacent(first, id))
                .skip(data.actors().size() / 2).findFirst().orElseThrow();
        List<Tie> ties = new ArrayList<>(data.ties());
        ties.add(new Tie("benchmark-added", first, other, nl.weefsel.partnership.TieKind.COLLABORATION, false, false));
        return ties;
    }

    /** Median wall-clock time of {@link #RUNS} runs after one warm-up, with the process CPU time and the machine's load. */
    private static <T> T time(List<String> report, String what, Supplier<T> work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        T result = work.get();
        long[] wall = new long[RUNS];
        long cpu = os.getProcessCpuTime();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            result = work.get();
            wall[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long cpuPerRun = (os.getProcessCpuTime() - cpu) / 1_000_000 / RUNS;
        long[] sorted = wall.clone();
        Arrays.sort(sorted);
        report.add(String.format("%-64s median %6d ms  runs %s  cpu/run %6d ms  load %4.1f", what, sorted[RUNS / 2],
                Arrays.toString(wall), cpuPerRun, os.getSystemLoadAverage()));
        return result;
    }
}
