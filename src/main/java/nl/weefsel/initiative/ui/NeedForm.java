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
import nl.weefsel.collaboration.ui.FormFields;
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedStatus;

/** A need heard in an area: what, for whom, when it was heard, and what answers it. */
class NeedForm extends FormLayout implements RecordForm<NeedData> {

    private final TextField title = new TextField(getTranslation("field.title"));
    private final ComboBox<Area> area = FormFields.areaPicker(this, "field.areaId");
    private final ComboBox<NeedStatus> status = FormFields.enumPicker(this, "field.status", NeedStatus.values());
    private final DatePicker heardOn = new DatePicker(getTranslation("field.heardOn"));
    private final MultiSelectComboBox<TargetGroup> targetGroups = FormFields.targetGroups(this);
    private final MultiSelectComboBox<Discipline> disciplines = FormFields.disciplines(this);
    private final MultiSelectComboBox<Initiative> initiatives =
            FormFields.multiPicker(this, "field.answeredByInitiativeIds", Initiative::name);
    private final MultiSelectComboBox<Actor> actors = FormFields.multiPicker(this, "field.answeredByActorIds", Actor::name);
    private final TextArea description = new TextArea(getTranslation("field.description"));
    private final Choices choices;

    NeedForm(Choices choices) {
        this.choices = choices;
        area.setItems(choices.areas());
        heardOn.setLocale(getLocale());
        initiatives.setItems(choices.initiatives());
        actors.setItems(choices.actors());
        FormFields.required(title, area);
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
        return new NeedData(title.getValue(), description.getValue(), FormFields.idOf(area, Area::id),
                targetGroups.getValue(), disciplines.getValue(), status.getValue(), heardOn.getValue(),
                initiatives.getValue().stream().map(Initiative::id).collect(Collectors.toSet()),
                actors.getValue().stream().map(Actor::id).collect(Collectors.toSet()));
    }
}
