package nl.weefsel.actor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.collaboration.ui.FormFields;
import nl.weefsel.collaboration.ui.RecordForm;
import org.jspecify.annotations.Nullable;

/** The fields of an actor: what it is, where it is and works, what it offers and to whom. */
class ActorForm extends FormLayout implements RecordForm<ActorData> {

    private final TextField name = new TextField(getTranslation("field.name"));
    private final ComboBox<ActorKind> kind = FormFields.enumPicker(this, "field.kind", ActorKind.values());
    private final ComboBox<SchoolType> schoolType = FormFields.enumPicker(this, "field.schoolType", SchoolType.values());
    private final TextArea description = new TextArea(getTranslation("field.description"));
    private final TextField website = new TextField(getTranslation("field.website"));
    private final TextField kvkNumber = new TextField(getTranslation("field.kvkNumber"));
    private final ComboBox<Area> locatedIn = FormFields.areaPicker(this, "field.locatedInId");
    private final MultiSelectComboBox<Area> activeIn = FormFields.multiPicker(this, "field.activeInIds", Area::label);
    private final ComboBox<Actor> affiliation = FormFields.actorPicker(this, "field.affiliationId");
    private final MultiSelectComboBox<Discipline> disciplines = FormFields.disciplines(this);
    private final MultiSelectComboBox<TargetGroup> targetGroups = FormFields.targetGroups(this);
    private final Map<String, Area> areaById;
    private final Map<String, Actor> organisations;

    ActorForm(ActorService actors, AreaService areas) {
        this.areaById = areas.all().stream().collect(Collectors.toMap(Area::id, Function.identity()));
        this.organisations = actors.list(ActorFilter.ALL).stream().filter(actor -> actor.kind() != ActorKind.PERSON)
                .collect(Collectors.toMap(Actor::id, Function.identity()));
        FormFields.required(name, kind);
        FormFields.clearable(schoolType, locatedIn, affiliation);
        kind.addValueChangeListener(change -> showKindFields());
        website.setPlaceholder("https://");
        var sortedAreas = areaById.values().stream().sorted(Comparator.comparing(Area::name)).toList();
        locatedIn.setItems(sortedAreas);
        activeIn.setItems(sortedAreas);
        affiliation.setItems(organisations.values().stream().sorted(Comparator.comparing(Actor::name)).toList());
        add(name, kind, schoolType, affiliation, locatedIn, activeIn, disciplines, targetGroups, website, kvkNumber, description);
        setColspan(description, 2);
        showKindFields();
    }

    private void showKindFields() {
        schoolType.setVisible(kind.getValue() == ActorKind.SCHOOL);
        affiliation.setVisible(kind.getValue() == ActorKind.PERSON);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Map<String, HasValue<?, ?>> fields() {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("schoolType", schoolType);
        fields.put("affiliation", affiliation);
        fields.put("locatedIn", locatedIn);
        fields.put("activeIn", activeIn);
        fields.put("disciplines", disciplines);
        fields.put("targetGroups", targetGroups);
        fields.put("website", website);
        fields.put("kvkNumber", kvkNumber);
        fields.put("description", description);
        return fields;
    }

    @Override
    public void fill(ActorData data) {
        name.setValue(Objects.requireNonNullElse(data.name(), ""));
        kind.setValue(data.kind());
        schoolType.setValue(data.schoolType());
        description.setValue(Objects.requireNonNullElse(data.description(), ""));
        website.setValue(Objects.requireNonNullElse(data.website(), ""));
        kvkNumber.setValue(Objects.requireNonNullElse(data.kvkNumber(), ""));
        locatedIn.setValue(area(data.locatedInId()));
        activeIn.setValue(data.activeInIds().stream().map(areaById::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        affiliation.setValue(data.affiliationId() == null ? null : organisations.get(data.affiliationId()));
        disciplines.setValue(data.disciplines());
        targetGroups.setValue(data.targetGroups());
    }

    @Override
    public ActorData read() {
        return new ActorData(name.getValue(), kind.getValue(), schoolType.isVisible() ? schoolType.getValue() : null,
                description.getValue(), website.getValue(), kvkNumber.getValue(),
                FormFields.idOf(locatedIn, Area::id),
                activeIn.getValue().stream().map(Area::id).collect(Collectors.toSet()),
                affiliation.isVisible() && affiliation.getValue() != null ? affiliation.getValue().id() : null,
                disciplines.getValue(), targetGroups.getValue());
    }

    private @Nullable Area area(@Nullable String id) {
        return id == null ? null : areaById.get(id);
    }
}
