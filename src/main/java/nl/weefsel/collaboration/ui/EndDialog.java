package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Asks on which day a fact ends; ending keeps it, with its history, instead of deleting it. */
class EndDialog extends Dialog {

    EndDialog(String what, Consumer<LocalDate> onEnd) {
        setHeaderTitle(getTranslation("editing.end.title", what));
        add(new Paragraph(getTranslation("editing.end.explanation")));
        var day = new DatePicker(getTranslation("editing.end.day"), LocalDate.now());
        day.setLocale(getLocale());
        day.setRequiredIndicatorVisible(true);
        add(day);
        var end = new Button(getTranslation("editing.end"), click -> {
            if (day.getValue() != null) {
                close();
                onEnd.accept(day.getValue());
            }
        });
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("editing.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, end);
    }
}
