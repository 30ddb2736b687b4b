package nl.weefsel.area.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.collaboration.ui.FormFields;
import nl.weefsel.collaboration.ui.RecordForm;

/** The fields of an area: level, CBS code, name, the area it lies in, and its population. */
class AreaForm extends FormLayout implements RecordForm<AreaData> {

    private final ComboBox<AreaLevel> level = FormFields.enumPicker(this, "field.level", AreaLevel.values());
    private final TextField code = new TextField(getTranslation("field.code"));
    private final TextField name = new TextField(getTranslation("field.name"));
    private final ComboBox<Area> parent = FormFields.areaPicker(this, "field.parentId");
    private final IntegerField population = new IntegerField(getTranslation("field.population"));
    private final IntegerField populationYear = new IntegerField(getTranslation("field.populationYear"));
    private final TextField populationSource = new TextField(getTranslation("field.populationSource"));
    private final List<Area> areas;

    AreaForm(List<Area> areas) {
        this.areas = areas;
        FormFields.required(level, name);
        code.setHelperText(getTranslation("area.code.hint"));
        parent.setItems(areas);
        FormFields.clearable(parent);
        population.setMin(0);
        add(name, level, code, parent, population, populationYear, populationSource);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Map<String, HasValue<?, ?>> fields() {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("level", level);
        fields.put("code", code);
        fields.put("parent", parent);
        fields.put("population", population);
        fields.put("populationYear", populationYear);
        fields.put("populationSource", populationSource);
        return fields;
    }

    @Override
    public void fill(AreaData data) {
        level.setValue(data.level());
        code.setValue(Objects.requireNonNullElse(data.code(), ""));
        name.setValue(Objects.requireNonNullElse(data.name(), ""));
        parent.setValue(areas.stream().filter(area -> area.id().equals(data.parentId())).findFirst().orElse(null));
        population.setValue(data.population());
        populationYear.setValue(data.populationYear());
        populationSource.setValue(Objects.requireNonNullElse(data.populationSource(), ""));
    }

    @Override
    public AreaData read() {
        return new AreaData(level.getValue(), code.getValue(), name.getValue(), population.getValue(),
                populationYear.getValue(), populationSource.getValue(), FormFields.idOf(parent, Area::id));
    }
}
