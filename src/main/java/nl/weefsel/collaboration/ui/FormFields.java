package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import nl.weefsel.actor.Actor;
import nl.weefsel.area.Area;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.ui.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The fields the record forms share, set up alike in every form: pickers of actors (by name),
 * areas (by label) and enum values (translated), target groups and disciplines, the source of a
 * fact and a note. Labels are translations of the given keys. Pickers of records get their items
 * from the form, which loads them; {@link ValidityFields} gives the two dates of a validity.
 */
public final class FormFields {

    private FormFields() {
    }

    public static ComboBox<Actor> actorPicker(Component form, String labelKey) {
        return picker(form, labelKey, Actor::name);
    }

    public static ComboBox<Area> areaPicker(Component form, String labelKey) {
        return picker(form, labelKey, Area::label);
    }

    public static <T> ComboBox<T> picker(Component form, String labelKey, ItemLabelGenerator<T> label) {
        ComboBox<T> picker = new ComboBox<>(form.getTranslation(labelKey));
        picker.setItemLabelGenerator(label);
        return picker;
    }

    @SafeVarargs
    public static <E extends Enum<E>> ComboBox<E> enumPicker(Component form, String labelKey, E... values) {
        ComboBox<E> picker = picker(form, labelKey, Labels::of);
        picker.setItems(values);
        return picker;
    }

    public static <T> MultiSelectComboBox<T> multiPicker(Component form, String labelKey, ItemLabelGenerator<T> label) {
        MultiSelectComboBox<T> picker = new MultiSelectComboBox<>(form.getTranslation(labelKey));
        picker.setItemLabelGenerator(label);
        return picker;
    }

    public static MultiSelectComboBox<TargetGroup> targetGroups(Component form) {
        return enumMultiPicker(form, "field.targetGroups", TargetGroup.values());
    }

    public static MultiSelectComboBox<Discipline> disciplines(Component form) {
        return enumMultiPicker(form, "field.disciplines", Discipline.values());
    }

    /** Where a fact comes from, e.g. a covenant or a conversation; with a hint of what to write. */
    public static TextField source(Component form) {
        TextField source = new TextField(form.getTranslation("field.provenance.source"));
        source.setHelperText(form.getTranslation("source.hint"));
        return source;
    }

    public static TextArea note(Component form) {
        return new TextArea(form.getTranslation("field.note"));
    }

    /** Marks fields the service requires; the service itself still checks them. */
    public static void required(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.setRequiredIndicatorVisible(true);
        }
    }

    /** Fields that may be left empty get a button that empties them. */
    public static void clearable(HasClearButton... fields) {
        for (HasClearButton field : fields) {
            field.setClearButtonVisible(true);
        }
    }

    /** The id of the record a picker holds, or {@code null} when it holds none. */
    public static <T> @Nullable String idOf(HasValue<?, T> picker, Function<T, String> id) {
        T value = picker.getValue();
        return value == null ? null : id.apply(value);
    }

    @SafeVarargs
    private static <E extends Enum<E>> MultiSelectComboBox<E> enumMultiPicker(Component form, String labelKey, E... values) {
        MultiSelectComboBox<E> picker = multiPicker(form, labelKey, Labels::of);
        picker.setItems(values);
        return picker;
    }
}
