package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import nl.weefsel.base.InvalidInputException;

/** Shows what a service refused at the field it names, where the user can fix it. */
final class FieldProblems {

    private FieldProblems() {
    }

    static void clear(RecordForm<?> form) {
        form.fields().values().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(null);
                validated.setInvalid(false);
            }
        });
    }

    /** @return false when the form has no field for the problem: the caller shows it some other way */
    static boolean show(RecordForm<?> form, InvalidInputException refused) {
        var field = form.fieldFor(refused.field());
        if (field.isEmpty() || !(field.get() instanceof HasValidation validated)) {
            return false;
        }
        validated.setErrorMessage(Problems.text((Component) field.get(), refused));
        validated.setInvalid(true);
        if (validated instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }
}
