package nl.weefsel.exchange;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import nl.weefsel.base.SystemIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import benchmark of docs/benchmarks.md: 100,000 ties from a generated sheet, and a back-up
 * with over 100,000 relationships restored into an empty database. It measures and prints; it
 * asserts no time. Runs only with {@code WEEFSEL_BENCHMARK=1} in the environment;
 * {@code WEEFSEL_BENCHMARK=import} stops after the tie import (for profiling it alone).
 */
class ImportBenchmark {

    private static final int ACTORS = 5_000;
    private static final int TIES = 100_000;

    @Test
    void import_100k_ties_and_restore_a_backup_with_them(@TempDir Path dir) throws IOException {
        String mode = System.getenv("WEEFSEL_BENCHMARK");
        assumeTrue("1".equals(mode) || "import".equals(mode), "set WEEFSEL_BENCHMARK=1 to run the import benchmark");
        boolean importOnly = "import".equals(mode);
        // 16m as in the other tests that start their own database, unless asked for e.g. the default 256m
        String pageCache = System.getenv().getOrDefault("WEEFSEL_BENCHMARK_PAGE_CACHE", "16m");
        List<String> report = new ArrayList<>();
        Path actorsSheet = actorsSheet(dir.resolve("actors.csv"));
        Set<Long> pairs = new HashSet<>();
        Path tiesSheet = tiesSheet(dir.resolve("ties.csv"), pairs, 7);
        Path moreTies = tiesSheet(dir.resolve("more-ties.csv"), pairs, 8);
        report.add("page cache " + pageCache + ", load before start " + java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage());
        report.add("sheets: " + ACTORS + " actors (" + Files.size(actorsSheet) / 1024 + " KB), " + TIES + " ties ("
                + Files.size(tiesSheet) / 1024 / 1024 + " MB)");
        Path backup = dir.resolve("backup.json");
        try (var source = BackupRoundTripTest.start(dir.resolve("source"), true, pageCache)) {
            var imports = source.getBean(SpreadsheetImportService.class);
            var columns = ColumnMapping.suggest(SheetKind.ACTORS, List.of("name", "kind", "located_in"));
            time(report, "actor sheet import (" + ACTORS + " rows)", () -> imports.importRows(actorsSheet, "actors.csv",
                    SheetKind.ACTORS, columns, Set.of(), f -> { }));
            var tieColumns = ColumnMapping.suggest(SheetKind.PARTNERSHIPS, List.of("from", "to", "kind", "intensity", "valid_from"));
            var preview = time(report, "tie sheet preview (" + TIES + " rows)", () -> imports.preview(tiesSheet, "ties.csv",
                    SheetKind.PARTNERSHIPS, tieColumns, f -> { }));
            report.add("  problems in preview: " + preview.problemCount());
            time(report, "tie sheet import (" + TIES + " rows: check again + write)", () -> imports.importRows(tiesSheet,
                    "ties.csv", SheetKind.PARTNERSHIPS, tieColumns, Set.of(), f -> { }));
            report.add("  relationships in the database: " + BackupRoundTripTest.count(source, "MATCH ()-[r]->() RETURN count(r) AS n"));
            if (!importOnly) {
                time(report, "JSON back-up export", () -> export(source, backup));
            }
            // the same once more with 100,000 other ties: the JVM has compiled the code paths, as in a running server
            time(report, "second tie sheet import (" + TIES + " other rows, warm JVM)", () -> imports.importRows(moreTies,
                    "more-ties.csv", SheetKind.PARTNERSHIPS, tieColumns, Set.of(), f -> { }));
        }
        if (!importOnly) {
            report.add("back-up: " + Files.size(backup) / 1024 / 1024 + " MB");
            try (var target = BackupRoundTripTest.start(dir.resolve("target"), false, pageCache)) {
                var summary = time(report, "JSON restore into an empty database", () -> restore(target, backup));
                report.add("  restored " + summary.nodes() + " nodes and " + summary.relationships() + " relationships");
            }
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target", "import-benchmark.txt"), report);
    }

    /** Wall-clock time, and the CPU time of the whole process (Neo4j runs inside it), with the machine's load. */
    private static <T> T time(List<String> report, String what, Supplier<T> work) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        T result = SystemIdentity.call(work);
        report.add(String.format("%-58s wall %6.1f s  cpu %6.1f s  load %4.1f", what, (System.nanoTime() - start) / 1e9,
                (os.getProcessCpuTime() - cpu) / 1e9, os.getSystemLoadAverage()));
        return result;
    }

    private static BackupSummary export(ConfigurableApplicationContext context, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return context.getBean(BackupService.class).export(null, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BackupSummary restore(ConfigurableApplicationContext context, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return context.getBean(BackupService.class).restore(in, false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path actorsSheet(Path file) throws IOException {
        String[] wijken = {"WK059901", "WK059903", "WK059905", "WK059908", "WK059910", "WK059915"};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("name;kind;located_in\n");
            for (int i = 0; i < ACTORS; i++) {
                out.write(name(i) + ";MAKER;" + wijken[i % wijken.length] + "\n");
            }
        }
        return file;
    }

    /** 100,000 directed pairs of the generated actors not in {@code pairs} yet, with a kind, an intensity and a start date. */
    private static Path tiesSheet(Path file, Set<Long> pairs, long seed) throws IOException {
        Random random = new Random(seed);
        int wanted = pairs.size() + TIES;
        String[] kinds = {"COLLABORATION", "KNOWLEDGE_SHARING", "REFERRAL"};
        String[] intensities = {"AWARENESS", "COOPERATION", "COORDINATION", "INTEGRATION"};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("from;to;kind;intensity;valid_from\n");
            while (pairs.size() < wanted) {
                int from = random.nextInt(ACTORS);
                int to = random.nextInt(ACTORS);
                if (from != to && pairs.add((long) from * ACTORS + to)) {
                    out.write(name(from) + ";" + name(to) + ";" + kinds[random.nextInt(3)] + ";" + intensities[random.nextInt(4)]
                            + ";" + (2015 + random.nextInt(10)) + "-0" + (1 + random.nextInt(9)) + "-01\n");
                }
            }
        }
        return file;
    }

    private static String name(int i) {
        return String.format("Benchmark actor %05d", i);
    }
}
