package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Two versions of a record, field by field, in the words of the form itself: the form is filled
 * with the stored version, read, and filled with the user's version again. So the comparison shows
 * the same labels and item names as the form, without each feature describing its records twice.
 */
final class FormComparison {

    private FormComparison() {
    }

    /** @param quietly runs a fill without it counting as the user's editing */
    static <D> List<ConflictDialog.Row> rows(RecordForm<D> form, D mine, D theirs, Consumer<Runnable> quietly) {
        var host = form.component();
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        String yes = host.getTranslation("history.yes");
        String no = host.getTranslation("history.no");
        List<HasValue<?, ?>> fields = List.copyOf(form.fields().values());
        List<String> stored = new ArrayList<>();
        List<ConflictDialog.Row> rows = new ArrayList<>();
        quietly.accept(() -> {
            form.fill(theirs);
            fields.forEach(field -> stored.add(FieldText.value(field, locale, yes, no)));
            form.fill(mine);
        });
        for (int i = 0; i < fields.size(); i++) {
            rows.add(new ConflictDialog.Row(FieldText.label(fields.get(i)),
                    FieldText.value(fields.get(i), locale, yes, no), stored.get(i)));
        }
        return rows;
    }
}
