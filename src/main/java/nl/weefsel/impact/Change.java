package nl.weefsel.impact;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The change of one measure between two moments. A side that was not counted makes the change
 * {@link State#MISSING}; a count that starts from 0 has an absolute change but no percentage
 * ({@link State#FROM_ZERO}), never an infinity or NaN.
 */
public record Change(@Nullable Integer from, @Nullable Integer to) {

    public enum State { MISSING, FROM_ZERO, DEFINED }

    public State state() {
        if (from == null || to == null) {
            return State.MISSING;
        }
        return from == 0 ? State.FROM_ZERO : State.DEFINED;
    }

    public Optional<Integer> absolute() {
        return from == null || to == null ? Optional.empty() : Optional.of(to - from);
    }

    /** The change as a percentage of {@code from}, rounded to one decimal. */
    public Optional<Double> percent() {
        if (state() != State.DEFINED) {
            return Optional.empty();
        }
        double exact = 100.0 * (to - from) / from;
        return Optional.of(Math.round(exact * 10) / 10.0);
    }
}
