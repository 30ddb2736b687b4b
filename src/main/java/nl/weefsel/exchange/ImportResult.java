package nl.weefsel.exchange;

/**
 * What an import wrote.
 *
 * @param runId   the id of the {@code (:ImportRun)} node that records who imported which file when
 * @param created records added
 * @param merged  rows merged into actors Weefsel already had
 */
public record ImportResult(String runId, long created, long merged) {
}
