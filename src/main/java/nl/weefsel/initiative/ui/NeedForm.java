package nl.weefsel.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.area.Area;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedStatus;

/** A need heard in an area: what, for whom, when it was heard, and what answers it. */
class NeedForm extends FormLayout implements RecordForm<NeedData> {

    private final TextField title = new TextField(getTranslation("field.title"));
    private final ComboBox<Area> area = new ComboBox<>(getTranslation("field.areaId"));
    private final ComboBox<NeedStatus> status = new ComboBox<>(getTranslation("field.status"));
    private final DatePicker heardOn = new DatePicker(getTranslation("field.heardOn"));
    private final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>(getTranslation("field.targetGroups"));
    private final MultiSelectComboBox<Discipline> disciplines = new MultiSelectComboBox<>(getTranslation("field.disciplines"));
    private final MultiSelectComboBox<Initiative> initiatives = new MultiSelectComboBox<>(getTranslation("field.answeredByInitiativeIds"));
    private final MultiSelectComboBox<Actor> actors = new MultiSelectComboBox<>(getTranslation("field.answeredByActorIds"));
    private final TextArea description = new TextArea(getTranslation("field.description"));
    private final Choices choices;

    NeedForm(Choices choices) {
        this.choices = choices;
        title.setRequiredIndicatorVisible(true);
        area.setItems(choices.areas());
        area.setItemLabelGenerator(Area::label);
        area.setRequiredIndicatorVisible(true);
        status.setItems(NeedStatus.values());
        status.setItemLabelGenerator(Labels::of);
        heardOn.setLocale(getLocale());
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(Labels::of);
        disciplines.setItems(Discipline.values());
        disciplines.setItemLabelGenerator(Labels::of);
        initiatives.setItems(choices.initiatives());
        initiatives.setItemLabelGenerator(Initiative::name);
        actors.setItems(choices.actors());
        actors.setItemLabelGenerator(Actor::name);
        add(title, area, status, heardOn, targetGroups, disciplines, initiatives, actors, description);
        setColspan(description, 2);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Map<String, HasValue<?, ?>> fields() {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("area", area);
        fields.put("status", status);
        fields.put("heardOn", heardOn);
        fields.put("targetGroups", targetGroups);
        fields.put("disciplines", disciplines);
        fields.put("answeredByInitiatives", initiatives);
        fields.put("answeredByActors", actors);
        fields.put("description", description);
        return fields;
    }

    @Override
    public void fill(NeedData data) {
        title.setValue(Objects.requireNonNullElse(data.title(), ""));
        area.setValue(choices.area(data.areaId()));
        status.setValue(data.status());
        heardOn.setValue(data.heardOn());
        targetGroups.setValue(data.targetGroups());
        disciplines.setValue(data.disciplines());
        initiatives.setValue(data.answeredByInitiativeIds().stream().map(choices::initiative).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        actors.setValue(data.answeredByActorIds().stream().map(choices::actor).filter(Objects::nonNull).collect(Collectors.toSet()));
        description.setValue(Objects.requireNonNullElse(data.description(), ""));
    }

    @Override
    public NeedData read() {
        return new NeedData(title.getValue(), description.getValue(), area.getValue() == null ? null : area.getValue().id(),
                targetGroups.getValue(), disciplines.getValue(), status.getValue(), heardOn.getValue(),
                initiatives.getValue().stream().map(Initiative::id).collect(Collectors.toSet()),
                actors.getValue().stream().map(Actor::id).collect(Collectors.toSet()));
    }
}
