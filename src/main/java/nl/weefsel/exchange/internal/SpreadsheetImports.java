package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import nl.weefsel.base.CurrentUser;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.exchange.ColumnMapping;
import nl.weefsel.exchange.DuplicateCandidate;
import nl.weefsel.exchange.ImportPreview;
import nl.weefsel.exchange.ImportProblem;
import nl.weefsel.exchange.ImportResult;
import nl.weefsel.exchange.InvalidFileException;
import nl.weefsel.exchange.SheetHeader;
import nl.weefsel.exchange.SheetKind;
import nl.weefsel.security.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a sheet through its column mapping, checks every row against the sheet kind's rules and
 * what Weefsel already holds, and — only when no row has a problem — writes all rows in one
 * transaction together with an {@code (:ImportRun)} node saying who imported which file when.
 */
@Component
public class SpreadsheetImports {

    static final int MAX_ROWS = 1_000_000;

    private final ImportLookups lookups;
    private final SheetWriter writer;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    SpreadsheetImports(ImportLookups lookups, SheetWriter writer, PlatformTransactionManager transactions,
                       ApplicationEventPublisher events) {
        this.lookups = lookups;
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    public SheetHeader header(Path file, String fileName) throws IOException {
        TableReader reader = TableReader.of(file, fileName);
        List<String> headers = new ArrayList<>();
        List<List<String>> sample = new ArrayList<>();
        try {
            reader.read((number, cells) -> {
                if (headers.isEmpty() && sample.isEmpty()) {
                    headers.addAll(cells);
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    sample.add(cells);
                }
                if (sample.size() >= 5) {
                    throw new EnoughRows();
                }
            }, fraction -> { });
        } catch (EnoughRows e) {
            // the mapping step needs only the first rows
        }
        if (headers.stream().allMatch(String::isBlank)) {
            throw new InvalidFileException("the file is empty");
        }
        return new SheetHeader(headers, sample, reader.description());
    }

    /** @param scope where the user may import rows; rows outside it are problems of their cells */
    public ImportPreview preview(Path file, String fileName, SheetKind kind, ColumnMapping mapping, TerritoryScope scope,
                                 DoubleConsumer progress) throws IOException {
        Analysis analysis = analyse(file, fileName, kind, mapping, scope, false, progress);
        return analysis.preview();
    }

    public ImportResult run(Path file, String fileName, SheetKind kind, ColumnMapping mapping, TerritoryScope scope,
                            Set<Integer> createAnyway, DoubleConsumer progress) throws IOException {
        Analysis analysis = analyse(file, fileName, kind, mapping, scope, true, fraction -> progress.accept(fraction / 2));
        if (!analysis.preview().canImport()) {
            throw new InvalidFileException(analysis.problemCount() == 0 ? "the sheet has no rows to import"
                    : "the sheet has " + analysis.problemCount() + " problems; nothing was imported");
        }
        Map<Integer, DuplicateCandidate> mergeable = new LinkedHashMap<>();
        analysis.duplicates().stream().filter(d -> !createAnyway.contains(d.row())).forEach(d -> mergeable.put(d.row(), d));
        mergeable.values().stream().filter(d -> !analysis.rules().mayMergeInto(d.existingId())).findFirst().ifPresent(d -> {
            throw new InvalidFileException("row " + d.row() + " would be merged into " + d.existingName()
                    + ", which lies outside your territory; import it as a new actor or leave it out; nothing was imported");
        });
        List<Map<String, Object>> created = new ArrayList<>();
        List<Map<String, Object>> merged = new ArrayList<>();
        for (Map<String, Object> row : analysis.valid()) {
            DuplicateCandidate duplicate = mergeable.get((Integer) row.get("row"));
            if (duplicate == null) {
                created.add(row);
            } else {
                Map<String, Object> merge = new LinkedHashMap<>(row);
                merge.put("existingId", duplicate.existingId());
                merged.add(merge);
            }
        }
        String user = CurrentUser.name();
        ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC);
        String runId = UUID.randomUUID().toString();
        ImportResult result = new ImportResult(runId, created.size(), merged.size());
        transaction.executeWithoutResult(status -> {
            writer.startRun(runId, Map.of("file", fileName, "kind", kind.name(), "importedBy", user, "importedAt", at,
                    "rows", analysis.rows(), "created", (long) created.size(), "merged", (long) merged.size()));
            writer.merge(runId, user, at, merged);
            writer.create(kind, runId, user, at, "Import " + fileName + " (" + LocalDate.now() + ")", created,
                    fraction -> progress.accept(0.5 + fraction / 2));
            events.publishEvent(RecordChanged.created("ImportRun", runId, result));
        });
        return result;
    }

    private Analysis analyse(Path file, String fileName, SheetKind kind, ColumnMapping mapping, TerritoryScope scope,
                             boolean keepRows, DoubleConsumer progress) throws IOException {
        TableReader reader = TableReader.of(file, fileName);
        ImportLookups.Index index = lookups.load();
        List<DuplicateCandidate> duplicates = new ArrayList<>();
        SheetRules rules = new SheetRules(kind, index, duplicates, scope);
        Analysis analysis = new Analysis(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), duplicates, rules,
                reader.description());
        reader.read((number, cells) -> analysis.add(number, cells, mapping, keepRows), progress);
        if (analysis.headers().isEmpty()) {
            throw new InvalidFileException("the file is empty");
        }
        return analysis;
    }

    /** What reading a sheet found; rows are kept only when they are going to be written. */
    private static final class Analysis {
        private final List<String> headers;
        private final List<ImportProblem> shown;
        private final List<Map<String, Object>> valid;
        private final List<DuplicateCandidate> duplicates;
        private final SheetRules rules;
        private final String readAs;
        private long rows;
        private long problemCount;

        Analysis(List<String> headers, List<ImportProblem> shown, List<Map<String, Object>> valid,
                 List<DuplicateCandidate> duplicates, SheetRules rules, String readAs) {
            this.headers = headers;
            this.shown = shown;
            this.valid = valid;
            this.duplicates = duplicates;
            this.rules = rules;
            this.readAs = readAs;
        }

        void add(int number, List<String> cells, ColumnMapping mapping, boolean keepRows) {
            if (headers.isEmpty()) {
                headers.addAll(cells);
                return;
            }
            SheetRow row = new SheetRow(number, cells, mapping, headers, this::problem);
            if (row.isBlank()) {
                return;
            }
            if (++rows > MAX_ROWS) {
                throw new InvalidFileException("the sheet has more than " + MAX_ROWS + " rows; split it into smaller files");
            }
            Map<String, Object> values = rules.apply(row);
            if (values != null && keepRows) {
                values.put("row", number);
                valid.add(values);
            }
        }

        private void problem(ImportProblem problem) {
            if (++problemCount <= ImportPreview.SHOWN) {
                shown.add(problem);
            }
        }

        List<String> headers() {
            return headers;
        }

        long rows() {
            return rows;
        }

        long problemCount() {
            return problemCount;
        }

        List<DuplicateCandidate> duplicates() {
            return duplicates;
        }

        SheetRules rules() {
            return rules;
        }

        List<Map<String, Object>> valid() {
            return valid;
        }

        ImportPreview preview() {
            return new ImportPreview(rows, shown, problemCount,
                    duplicates.size() > ImportPreview.SHOWN ? duplicates.subList(0, ImportPreview.SHOWN) : duplicates, readAs);
        }
    }

    /** Stops reading once the mapping step has its sample. */
    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }
}
