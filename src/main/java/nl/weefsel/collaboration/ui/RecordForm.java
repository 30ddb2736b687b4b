package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one kind of record, without buttons: the {@link RecordDialog} adds saving,
 * conflicts, history and presence around it.
 *
 * @param <D> the data the feature's service takes, e.g. {@code ActorData}
 */
public interface RecordForm<D> {

    Component component();

    /** The fields in display order, by the name the service uses in {@code InvalidInputException}. */
    Map<String, HasValue<?, ?>> fields();

    void fill(D data);

    /** The data as the fields hold it now; may throw {@code InvalidInputException} for a field. */
    D read();

    /** Where to show a problem the service reports for {@code field}; a form may map several names to one field. */
    default Optional<HasValue<?, ?>> fieldFor(String field) {
        return Optional.ofNullable(fields().get(field));
    }
}
