package nl.weefsel.exchange;

import java.util.List;

/**
 * What an import would do, worked out without writing anything.
 *
 * @param rows         data rows read (blank rows skipped)
 * @param problems     the first problems, at most {@link #SHOWN} of them, in row order
 * @param problemCount all problems
 * @param duplicates   rows that look like actors Weefsel already has
 * @param readAs       how the file was read, e.g. "CSV, windows-1252, ;"
 */
public record ImportPreview(long rows, List<ImportProblem> problems, long problemCount,
                            List<DuplicateCandidate> duplicates, String readAs) {

    public static final int SHOWN = 1000;

    public ImportPreview {
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }

    /** Only a sheet without a single problem is imported: all or nothing. */
    public boolean canImport() {
        return problemCount == 0 && rows > 0;
    }
}
