package nl.weefsel.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who asserted a fact, from which source, and when: every role assignment and tie carries one,
 * so a reader can judge how far to trust it.
 *
 * @param assertedBy the user who recorded the fact
 * @param source     where it comes from, e.g. "Evaluatie SKVR-pilots 2024" or an import file name
 * @param assertedAt when it was recorded
 */
public record Provenance(String assertedBy, @Nullable String source, Instant assertedAt) {
}
