package nl.weefsel.audit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.audit.FieldChange;
import nl.weefsel.privacy.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes an erased person out of the history (AVG/GDPR). The entries stay — who changed which field
 * of which record, when — but every value that identified the person is replaced: in their own
 * record's history, in the history of records that referred to them (a tie, a role), and wherever
 * their recorded full name, e-mail address or phone number occurs. Their network name alone is not
 * searched for in unrelated records: it is often a role ("ICC'er basisschool 3") that others share. It listens
 * synchronously, inside the erasing transaction: the person and their history go together or not at all.
 */
@Component
class HistoryEraser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Flat>> RECORD = new TypeReference<>() { };

    private final ChangeQueries queries;

    HistoryEraser(ChangeQueries queries) {
        this.queries = queries;
    }

    @EventListener
    void erase(PersonErased erased) {
        Set<String> former = new HashSet<>(erased.personalData());
        queries.ofRecordOrMentioning(erased.actorId(), List.of()).stream()
                .filter(change -> change.recordId().equals(erased.actorId()))
                .forEach(change -> former.addAll(personalValues(change)));
        var redaction = new Redaction(former);
        for (var change : queries.ofRecordOrMentioning(erased.actorId(), searchTexts(erased.personalData()))) {
            boolean isOwn = change.recordId().equals(erased.actorId());
            var redacted = new ChangeQueries.StoredTexts(change.id(), change.recordId(),
                    redaction.label(change.label(), isOwn),
                    JSON.writeValueAsString(redaction.fields(JSON.readValue(change.fields(), FIELDS), isOwn)),
                    JSON.writeValueAsString(redaction.record(JSON.readValue(change.before(), RECORD), isOwn)),
                    JSON.writeValueAsString(redaction.record(JSON.readValue(change.after(), RECORD), isOwn)));
            if (!redacted.equals(change)) {
                queries.rewrite(redacted);
            }
        }
    }

    /** Every name, description … the person ever had, as their own history recorded it. */
    private static Set<String> personalValues(ChangeQueries.StoredTexts change) {
        Set<String> values = new HashSet<>();
        for (String json : List.of(change.before(), change.after())) {
            JSON.readValue(json, RECORD).forEach((field, flat) -> {
                if (Redaction.PERSONAL_FIELDS.contains(field)) {
                    values.addAll(flat.values());
                }
            });
        }
        return values;
    }

    /** The texts as they are, and as they look inside the stored JSON (quotes and backslashes escaped). */
    private static List<String> searchTexts(Set<String> values) {
        Set<String> texts = new HashSet<>();
        for (String value : values) {
            texts.add(value);
            String json = JSON.writeValueAsString(value);
            texts.add(json.substring(1, json.length() - 1));
        }
        return List.copyOf(texts);
    }
}
