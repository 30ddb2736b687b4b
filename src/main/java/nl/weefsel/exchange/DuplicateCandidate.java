package nl.weefsel.exchange;

/**
 * A row that probably describes an actor Weefsel already has. Unless the user decides otherwise,
 * the import merges it into the existing actor instead of adding a second one.
 *
 * @param reason {@code name}, {@code website} or {@code kvk_number}: what they have in common
 */
public record DuplicateCandidate(int row, String name, String existingId, String existingName, String reason) {
}
