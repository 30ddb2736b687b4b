package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import nl.weefsel.base.Validity;
import org.jspecify.annotations.Nullable;

/** A record's fields as a description list: translated field names, values as plain text or links. */
final class FieldList extends DescriptionList {

    FieldList(String id) {
        setId(id);
        addClassName("weefsel-record");
        // Styled here rather than in a stylesheet: only the application's own stylesheet is served to every request.
        getStyle().set("display", "grid").set("grid-template-columns", "minmax(10rem, max-content) 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
    }

    FieldList text(String field, @Nullable String value) {
        return value(field, new Span(new Text(value == null ? "" : value)));
    }

    FieldList value(String field, Component value) {
        var term = new Term(t("coverage.record.field." + field));
        term.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        var description = new Description(value);
        description.getStyle().setMargin("0");
        add(term, description);
        return this;
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    static String label(Enum<?> value) {
        return t("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static String labels(Collection<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(FieldList::label).sorted().toList());
    }

    static String validity(Validity validity) {
        return t("coverage.record.validity", validity.from() == null ? "…" : validity.from().toString(),
                validity.until() == null ? "…" : validity.until().toString());
    }

    static String yes(boolean value) {
        return t(value ? "coverage.record.yes" : "coverage.record.no");
    }
}
