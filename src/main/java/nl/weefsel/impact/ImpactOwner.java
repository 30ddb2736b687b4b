package nl.weefsel.impact;

import java.util.Locale;
import java.util.Objects;

/**
 * Whose impact records these are: a partnership (a tie; between a school and its partner it is a
 * school trajectory) or an initiative. The owner's keepers record, change and share them (DD009).
 */
public record ImpactOwner(Kind kind, String id) {

    public enum Kind {
        /** a tie between two actors; with a school as one party, a school trajectory */
        PARTNERSHIP("ties"),
        /** a local initiative, kept by the actor that runs it */
        INITIATIVE("initiatives");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The first segment of the owner's pages: {@code ties} or {@code initiatives}. */
        public String path() {
            return path;
        }

        /** The kind whose pages start with this segment. */
        public static Kind ofPath(String segment) {
            for (Kind kind : values()) {
                if (kind.path.equals(segment.toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("no impact owner kind for " + segment);
        }
    }

    public ImpactOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ImpactOwner partnership(String partnershipId) {
        return new ImpactOwner(Kind.PARTNERSHIP, partnershipId);
    }

    public static ImpactOwner initiative(String initiativeId) {
        return new ImpactOwner(Kind.INITIATIVE, initiativeId);
    }

    public boolean isPartnership() {
        return kind == Kind.PARTNERSHIP;
    }
}
