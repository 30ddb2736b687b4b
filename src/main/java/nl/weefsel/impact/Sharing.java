package nl.weefsel.impact;

import org.jspecify.annotations.Nullable;

/**
 * With whom beyond the partnership's own parties a record is shared. {@link #PRIVATE} is the
 * default: learning before accounting.
 *
 * @param municipality shared with the coordinators and advisers whose territory the partnership lies in
 * @param funderId     shared with the partner users of this funder, or {@code null}
 */
public record Sharing(boolean municipality, @Nullable String funderId) {

    public static final Sharing PRIVATE = new Sharing(false, null);

    public boolean isPrivate() {
        return !municipality && funderId == null;
    }
}
