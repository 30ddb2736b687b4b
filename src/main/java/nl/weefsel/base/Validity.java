package nl.weefsel.base;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The period in which a fact holds, both ends inclusive; an open end is {@code null}.
 * Ending a fact sets {@code until} instead of deleting it, so history stays.
 */
public record Validity(@Nullable LocalDate from, @Nullable LocalDate until) {

    public static final Validity ALWAYS = new Validity(null, null);

    public Validity {
        if (from != null && until != null && until.isBefore(from)) {
            throw new InvalidInputException("validity", "ends (" + until + ") before it starts (" + from + ")");
        }
    }

    public static Validity from(@Nullable LocalDate from) {
        return new Validity(from, null);
    }

    public boolean isCurrentOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    public Validity endedOn(LocalDate day) {
        return new Validity(from, day);
    }
}
