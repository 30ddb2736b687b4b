package nl.weefsel.exchange;

/** How much a back-up holds, or how much a restore wrote. */
public record BackupSummary(long nodes, long relationships) {
}
