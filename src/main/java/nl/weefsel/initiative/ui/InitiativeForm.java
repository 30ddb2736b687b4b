package nl.weefsel.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.weefsel.actor.Actor;
import nl.weefsel.area.Area;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.collaboration.ui.FormFields;
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.collaboration.ui.ValidityFields;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeStatus;

/** A local initiative: what, where, run by whom, for whom, and since when. */
class InitiativeForm extends FormLayout implements RecordForm<InitiativeData> {

    private final TextField name = new TextField(getTranslation("field.name"));
    private final ComboBox<Area> area = FormFields.areaPicker(this, "field.areaId");
    private final ComboBox<Actor> runBy = FormFields.actorPicker(this, "field.runById");
    private final ComboBox<InitiativeStatus> status = FormFields.enumPicker(this, "field.status", InitiativeStatus.values());
    private final MultiSelectComboBox<TargetGroup> targetGroups = FormFields.targetGroups(this);
    private final MultiSelectComboBox<Discipline> disciplines = FormFields.disciplines(this);
    private final ValidityFields validity = new ValidityFields(this);
    private final TextArea description = new TextArea(getTranslation("field.description"));
    private final Choices choices;

    InitiativeForm(Choices choices) {
        this.choices = choices;
        area.setItems(choices.areas());
        runBy.setItems(choices.actors());
        FormFields.required(name, area);
        FormFields.clearable(runBy);
        add(name, area, runBy, status, targetGroups, disciplines, validity.from, validity.until, description);
        setColspan(description, 2);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Map<String, HasValue<?, ?>> fields() {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("area", area);
        fields.put("runBy", runBy);
        fields.put("status", status);
        fields.put("targetGroups", targetGroups);
        fields.put("disciplines", disciplines);
        validity.putInto(fields);
        fields.put("description", description);
        return fields;
    }

    @Override
    public Optional<HasValue<?, ?>> fieldFor(String field) {
        return validity.fieldFor(field).or(() -> RecordForm.super.fieldFor(field));
    }

    @Override
    public void fill(InitiativeData data) {
        name.setValue(Objects.requireNonNullElse(data.name(), ""));
        area.setValue(choices.area(data.areaId()));
        runBy.setValue(choices.actor(data.runById()));
        status.setValue(data.status());
        targetGroups.setValue(data.targetGroups());
        disciplines.setValue(data.disciplines());
        validity.fill(data.validity());
        description.setValue(Objects.requireNonNullElse(data.description(), ""));
    }

    @Override
    public InitiativeData read() {
        return new InitiativeData(name.getValue(), description.getValue(), FormFields.idOf(area, Area::id),
                FormFields.idOf(runBy, Actor::id), targetGroups.getValue(), disciplines.getValue(),
                status.getValue(), validity.read());
    }
}
