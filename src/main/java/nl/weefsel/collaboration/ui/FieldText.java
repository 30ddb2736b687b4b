package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** A field's label and its value as the user sees it, for showing two versions side by side. */
final class FieldText {

    private FieldText() {
    }

    static String label(HasValue<?, ?> field) {
        return field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String value(HasValue<?, ?> field, Locale locale, String yes, String no) {
        Object value = field.getValue();
        if (value == null) {
            return "";
        }
        ItemLabelGenerator labels = switch (field) {
            case ComboBox<?> box -> box.getItemLabelGenerator();
            case MultiSelectComboBox<?> box -> box.getItemLabelGenerator();
            case CheckboxGroup<?> group -> group.getItemLabelGenerator();
            case Select<?> select -> select.getItemLabelGenerator();
            default -> String::valueOf;
        };
        return switch (value) {
            case Collection<?> many -> many.stream().map(item -> labels.apply(item).toString()).sorted()
                    .collect(Collectors.joining(", "));
            case Boolean flag when field instanceof Checkbox -> flag ? yes : no;
            case LocalDate day when field instanceof DatePicker ->
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
            default -> String.valueOf(labels.apply(value));
        };
    }
}
