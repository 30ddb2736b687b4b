package nl.weefsel.impact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Input for a measurement moment.
 *
 * @param label  how the partnership calls it: "Nulmeting 2025", "Blok 2", "Q3 2026"
 * @param date   the day (or last day) of the period counted
 * @param order  its place among the partnership's moments; later moments have a higher order
 */
public record MomentData(@Nullable MomentKind kind, @Nullable String label, @Nullable LocalDate date, int order,
                         Counts counts, @Nullable String note) {
}
