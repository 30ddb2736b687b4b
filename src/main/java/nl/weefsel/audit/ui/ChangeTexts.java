package nl.weefsel.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.weefsel.audit.ChangeEntry;
import nl.weefsel.audit.FieldChange;

/** Puts recorded changes into words, in the language of the component that shows them. */
public final class ChangeTexts {

    /** Weefsel serves Dutch municipalities: times are shown as they were on the clock there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Component host;

    public ChangeTexts(Component host) {
        this.host = host;
    }

    /** "Gewijzigd: actor SKVR". */
    public String title(ChangeEntry entry) {
        return host.getTranslation("history.title", host.getTranslation("enum.Change." + entry.change().name()),
                kind(entry.kind()), entry.label());
    }

    /** "door anna, 25 nov 2026 14:03". */
    public String byline(ChangeEntry entry) {
        return host.getTranslation("history.byline", entry.by(), time(entry.at()));
    }

    /** "Naam: SKVR → SKVR Rotterdam", or "Naam: SKVR" for a value that was not there before. */
    public String field(FieldChange change) {
        if (change.before().isEmpty()) {
            return host.getTranslation("history.field.new", fieldName(change.field()), values(change.type(), change.after()));
        }
        return host.getTranslation("history.field", fieldName(change.field()),
                values(change.type(), change.before()), values(change.type(), change.after()));
    }

    public String fields(ChangeEntry entry) {
        return entry.fields().stream().map(this::field).collect(Collectors.joining("; "));
    }

    public String kind(String kind) {
        return optional("kind." + kind, kind);
    }

    public String fieldName(String path) {
        return optional("field." + path, path);
    }

    public String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZONE).format(at);
    }

    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    private String values(String type, List<String> values) {
        if (values.isEmpty()) {
            return "—";
        }
        return values.stream().map(value -> value(type, value)).collect(Collectors.joining(", "));
    }

    private String value(String type, String value) {
        try {
            return switch (type) {
                case "date" -> date(LocalDate.parse(value));
                case "instant" -> time(Instant.parse(value));
                case "boolean" -> host.getTranslation(Boolean.parseBoolean(value) ? "history.yes" : "history.no");
                default -> type.startsWith("enum:") ? optional("enum." + type.substring(5) + "." + value, value) : value;
            };
        } catch (RuntimeException e) { // a value stored by an older version in another format: show it as it is
            return value;
        }
    }

    private String optional(String key, String fallback) {
        String text = host.getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.of("nl") : ui.getLocale();
    }
}
