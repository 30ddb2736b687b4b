package nl.weefsel.impact;

import java.time.LocalDate;
import nl.weefsel.base.Checks;
import nl.weefsel.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The checks on impact input; each failure names the field, and nothing is written. */
final class ImpactValidation {

    private static final int MAX_COUNT = 10_000_000;

    private ImpactValidation() {
    }

    static MomentData moment(MomentData data) {
        Counts counts = data.counts();
        count("participants", counts.participants());
        count("uniqueParticipants", counts.uniqueParticipants());
        count("repeatParticipants", counts.repeatParticipants());
        count("sessions", counts.sessions());
        count("parentTurnout", counts.parentTurnout());
        counts.signals().forEach((signal, value) -> count("signal." + signal.name(), value));
        atMost("uniqueParticipants", counts.uniqueParticipants(), counts.participants(), "participants");
        atMost("repeatParticipants", counts.repeatParticipants(), counts.uniqueParticipants(), "uniqueParticipants");
        Checks.requireRange("order", data.order(), 0, 10_000);
        return new MomentData(Checks.requirePresent("momentKind", data.kind()), Checks.requireText("label", data.label(), 120),
                Checks.requirePresent("date", data.date()), data.order(), counts, Checks.optionalText("note", data.note(), 2000));
    }

    /** No consent, no story: who gave it and when must be recorded, and not in the future. */
    static StoryData story(StoryData data) {
        String consentBy = Checks.optionalText("consentBy", data.consentBy(), 200);
        if (consentBy == null) {
            throw new InvalidInputException("consentBy", "a story is kept only with recorded consent: who gave it");
        }
        LocalDate consentOn = Checks.requirePresent("consentOn", data.consentOn());
        if (consentOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException("consentOn", "consent cannot be given in the future");
        }
        return new StoryData(Checks.requirePresent("perspective", data.perspective()), Checks.requirePresent("date", data.date()),
                Checks.requireText("text", data.text(), 4000), data.quote(), data.momentId(), consentBy, consentOn);
    }

    /** A report has a title, a period that does not end before it begins, and someone to share it with. */
    static ReportData report(ReportData data, Sharing sharing) {
        LocalDate from = Checks.requirePresent("from", data.from());
        LocalDate until = Checks.requirePresent("until", data.until());
        if (until.isBefore(from)) {
            throw new InvalidInputException("until", "the period ends before it begins");
        }
        if (sharing.isPrivate()) {
            throw new InvalidInputException("sharing", "a report is shared with the municipality or a funder; choose at least one");
        }
        return new ReportData(Checks.requireText("title", data.title(), 160), from, until, data.withStories());
    }

    private static void count(String field, @Nullable Integer value) {
        Checks.requireRange(field, value, 0, MAX_COUNT);
    }

    private static void atMost(String field, @Nullable Integer value, @Nullable Integer limit, String limitField) {
        if (value != null && limit != null && value > limit) {
            throw new InvalidInputException(field, value + " is more than " + limitField + " (" + limit + ")");
        }
    }
}
