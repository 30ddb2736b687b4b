package nl.weefsel.role.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.weefsel.actor.Actor;
import nl.weefsel.area.Area;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ui.FormFields;
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.collaboration.ui.ValidityFields;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignmentData;

/** Who holds which role where: actor × role × area, on what basis, since when, and from which source. */
class RoleAssignmentForm extends FormLayout implements RecordForm<RoleAssignmentData> {

    private final ComboBox<Actor> actor = FormFields.actorPicker(this, "field.actorId");
    private final ComboBox<Role> role = FormFields.picker(this, "field.roleId", item -> item.name(getLocale()));
    private final ComboBox<Area> area = FormFields.areaPicker(this, "field.areaId");
    private final RadioButtonGroup<AssignmentBasis> basis = new RadioButtonGroup<>(getTranslation("field.basis"));
    private final ValidityFields validity = new ValidityFields(this);
    private final TextField source = FormFields.source(this);
    private final TextArea note = FormFields.note(this);
    private final RoleChoices choices;

    RoleAssignmentForm(RoleChoices choices) {
        this.choices = choices;
        actor.setItems(choices.actors());
        role.setItems(choices.roles());
        area.setItems(choices.areas());
        basis.setItems(AssignmentBasis.values());
        basis.setItemLabelGenerator(Labels::of);
        FormFields.required(actor, role, area, basis);
        add(actor, role, area, basis, validity.from, validity.until, source, note);
        setColspan(note, 2);
        setColspan(source, 2);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Map<String, HasValue<?, ?>> fields() {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put("actor", actor);
        fields.put("role", role);
        fields.put("area", area);
        fields.put("basis", basis);
        validity.putInto(fields);
        fields.put("source", source);
        fields.put("note", note);
        return fields;
    }

    @Override
    public Optional<HasValue<?, ?>> fieldFor(String field) {
        return validity.fieldFor(field).or(() -> RecordForm.super.fieldFor(field));
    }

    @Override
    public void fill(RoleAssignmentData data) {
        actor.setValue(choices.actor(data.actorId()));
        role.setValue(choices.role(data.roleId()));
        area.setValue(choices.area(data.areaId()));
        basis.setValue(data.basis());
        validity.fill(data.validity());
        source.setValue(Objects.requireNonNullElse(data.source(), ""));
        note.setValue(Objects.requireNonNullElse(data.note(), ""));
    }

    @Override
    public RoleAssignmentData read() {
        return new RoleAssignmentData(FormFields.idOf(actor, Actor::id), FormFields.idOf(role, Role::id),
                FormFields.idOf(area, Area::id), basis.getValue(), validity.read(), source.getValue(), note.getValue());
    }
}
