package nl.weefsel.impact;

import java.time.LocalDate;
import nl.weefsel.base.Audit;
import org.jspecify.annotations.Nullable;

/** A story or quote of one partnership, with its perspective, its consent and with whom it is shared. */
public record Story(String id, ImpactOwner owner, Perspective perspective, LocalDate date, String text, boolean quote,
                    @Nullable String momentId, String consentBy, LocalDate consentOn, String consentRecordedBy,
                    Sharing sharing, long version, Audit audit) {

    public StoryData data() {
        return new StoryData(perspective, date, text, quote, momentId, consentBy, consentOn);
    }
}
