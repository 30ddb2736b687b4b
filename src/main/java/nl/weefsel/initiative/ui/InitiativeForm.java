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
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.collaboration.ui.ValidityFields;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeStatus;

/** A local initiative: what, where, run by whom, for whom, and since when. */
class InitiativeForm extends FormLayout implements RecordForm<InitiativeData> {

    private final TextField name = new TextField(getTranslation("field.name"));
    private final ComboBox<Area> area = new ComboBox<>(getTranslation("field.areaId"));
    private final ComboBox<Actor> runBy = new ComboBox<>(getTranslation("field.runById"));
    private final ComboBox<InitiativeStatus> status = new ComboBox<>(getTranslation("field.status"));
    private final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>(getTranslation("field.targetGroups"));
    private final MultiSelectComboBox<Discipline> disciplines = new MultiSelectComboBox<>(getTranslation("field.disciplines"));
    private final ValidityFields validity = new ValidityFields(this);
    private final TextArea description = new TextArea(getTranslation("field.description"));
    private final Choices choices;

    InitiativeForm(Choices choices) {
        this.choices = choices;
        name.setRequiredIndicatorVisible(true);
        area.setItems(choices.areas());
        area.setItemLabelGenerator(Area::label);
        area.setRequiredIndicatorVisible(true);
        runBy.setItems(choices.actors());
        runBy.setItemLabelGenerator(Actor::name);
        runBy.setClearButtonVisible(true);
        status.setItems(InitiativeStatus.values());
        status.setItemLabelGenerator(Labels::of);
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(Labels::of);
        disciplines.setItems(Discipline.values());
        disciplines.setItemLabelGenerator(Labels::of);
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
        fields.put("validFrom", validity.from);
        fields.put("validUntil", validity.until);
        fields.put("description", description);
        return fields;
    }

    @Override
    public Optional<HasValue<?, ?>> fieldFor(String field) {
        return "validity".equals(field) ? Optional.of(validity.until) : RecordForm.super.fieldFor(field);
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
        return new InitiativeData(name.getValue(), description.getValue(), area.getValue() == null ? null : area.getValue().id(),
                runBy.getValue() == null ? null : runBy.getValue().id(), targetGroups.getValue(), disciplines.getValue(),
                status.getValue(), validity.read());
    }
}
