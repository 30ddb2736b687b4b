package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Map;
import java.util.Optional;
import nl.weefsel.base.Validity;

/** The two date fields of a validity, "valid from" and "valid until", either left open. */
public final class ValidityFields {

    public final DatePicker from;
    public final DatePicker until;

    public ValidityFields(Component host) {
        from = new DatePicker(host.getTranslation("field.validity.from"));
        until = new DatePicker(host.getTranslation("field.validity.until"));
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        from.setHelperText(host.getTranslation("validity.open-hint"));
    }

    public void fill(Validity validity) {
        from.setValue(validity.from());
        until.setValue(validity.until());
    }

    /** @throws nl.weefsel.base.InvalidInputException ("validity") when it ends before it starts */
    public Validity read() {
        return new Validity(from.getValue(), until.getValue());
    }

    /** Adds the two fields to a form's {@link RecordForm#fields()} as {@code validFrom} and {@code validUntil}. */
    public void putInto(Map<String, HasValue<?, ?>> fields) {
        fields.put("validFrom", from);
        fields.put("validUntil", until);
    }

    /** A service's problem with the whole {@code validity} (it ends before it starts) shows at "valid until". */
    public Optional<HasValue<?, ?>> fieldFor(String field) {
        return "validity".equals(field) ? Optional.of(until) : Optional.empty();
    }
}
