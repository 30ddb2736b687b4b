package nl.weefsel.audit.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weefsel.audit.FieldChange;
import nl.weefsel.privacy.PersonalDataService;

/**
 * Replaces an erased person's values in history texts. A value counts where it stands alone
 * (a name, a referenced record) or as a whole word sequence inside a longer text (a label
 * {@code "Fatima · Privacyschool"}, a description), so a name that happens to start another word
 * is left alone.
 */
final class Redaction {

    /** The fields of a person's own record that say who they are. */
    static final Set<String> PERSONAL_FIELDS = Set.of("name", "description", "website", "kvkNumber");

    private final Set<String> values;
    private final List<Pattern> patterns;

    Redaction(Set<String> values) {
        this.values = Set.copyOf(values);
        this.patterns = values.stream().filter(value -> value.strip().length() >= 3)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(value -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])"))
                .toList();
    }

    String label(String label, boolean ownRecord) {
        return ownRecord ? PersonalDataService.ERASED_NAME : text(label, PersonalDataService.ERASED_NAME);
    }

    List<FieldChange> fields(List<FieldChange> fields, boolean ownRecord) {
        return fields.stream().map(field -> new FieldChange(field.field(), field.type(),
                values(field.field(), field.type(), field.before(), ownRecord),
                values(field.field(), field.type(), field.after(), ownRecord))).toList();
    }

    Map<String, Flat> record(Map<String, Flat> fields, boolean ownRecord) {
        Map<String, Flat> out = new LinkedHashMap<>();
        fields.forEach((field, flat) -> out.put(field, flat.withValues(values(field, flat.type(), flat.values(), ownRecord))));
        return out;
    }

    private List<String> values(String field, String type, List<String> shown, boolean ownRecord) {
        String replacement = field.equals("name") || type.equals("ref")
                ? PersonalDataService.ERASED_NAME : PersonalDataService.ERASED_VALUE;
        if (ownRecord && PERSONAL_FIELDS.contains(field)) {
            return shown.isEmpty() ? shown : List.of(replacement);
        }
        return shown.stream().map(value -> text(value, replacement)).toList();
    }

    private String text(String text, String replacement) {
        if (values.contains(text)) {
            return replacement;
        }
        String out = text;
        for (Pattern pattern : patterns) {
            out = pattern.matcher(out).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return out;
    }
}
