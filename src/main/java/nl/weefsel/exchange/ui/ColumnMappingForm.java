package nl.weefsel.exchange.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.weefsel.exchange.ColumnMapping;
import nl.weefsel.exchange.SheetKind;

/** The column-mapping step: for every field of the sheet kind, which column holds it (first guess filled in). */
class ColumnMappingForm extends FormLayout {

    private final Map<String, ComboBox<Integer>> columns = new LinkedHashMap<>();

    ColumnMappingForm(SheetKind kind, List<String> headers) {
        ColumnMapping suggested = ColumnMapping.suggest(kind, headers);
        for (SheetKind.Field field : kind.fields()) {
            var column = new ComboBox<Integer>(getTranslation("import.field." + field.id()) + (field.required() ? " *" : ""));
            column.setItems(IntStream.range(0, headers.size()).boxed().toList());
            column.setItemLabelGenerator(index -> headers.get(index).isBlank()
                    ? getTranslation("import.column", index + 1) : headers.get(index));
            column.setPlaceholder(getTranslation("import.column.none"));
            column.setClearButtonVisible(true);
            column.setId("map-" + field.id());
            suggested.column(field.id()).ifPresent(column::setValue);
            columns.put(field.id(), column);
            add(column);
        }
    }

    ColumnMapping mapping() {
        ColumnMapping mapping = new ColumnMapping(Map.of());
        for (var entry : columns.entrySet()) {
            mapping = mapping.with(entry.getKey(), Optional.ofNullable(entry.getValue().getValue()));
        }
        return mapping;
    }
}
