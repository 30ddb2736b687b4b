package nl.weefsel.impact;

import java.time.LocalDate;
import nl.weefsel.base.Audit;
import org.jspecify.annotations.Nullable;

/** A measurement moment of one partnership, with what was counted and with whom it is shared. */
public record ImpactMoment(String id, ImpactOwner owner, MomentKind kind, String label, LocalDate date, int order,
                           Counts counts, @Nullable String note, Sharing sharing, long version, Audit audit) {

    public MomentData data() {
        return new MomentData(kind, label, date, order, counts, note);
    }
}
