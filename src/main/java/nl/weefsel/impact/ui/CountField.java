package nl.weefsel.impact.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * A whole number, or empty for "not counted". A text field that accepts digits only, because the
 * committed production bundle loads the integer field only with the view that first used it.
 */
class CountField extends TextField {

    CountField(String label) {
        super(label);
        setAllowedCharPattern("[0-9]");
        setMaxLength(8);
        getElement().setAttribute("inputmode", "numeric");
    }

    @Nullable Integer count() {
        String text = getValue().strip();
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    void setCount(int value) {
        setValue(String.valueOf(value));
    }
}
