package nl.weefsel.partnership.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.weefsel.actor.Actor;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ui.FormFields;
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.collaboration.ui.ValidityFields;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.TieKind;

/**
 * A tie between two actors with the facts the seeds name as success factors: how intense, agreed
 * in writing, a fixed contact person, since when — and whether the other side confirmed it.
 */
class PartnershipForm extends FormLayout implements RecordForm<PartnershipData> {

    private final ComboBox<Actor> from = FormFields.actorPicker(this, "field.fromActorId");
    private final ComboBox<Actor> to = FormFields.actorPicker(this, "field.toActorId");
    private final ComboBox<TieKind> kind = FormFields.enumPicker(this, "field.tieKind", TieKind.values());
    private final RadioButtonGroup<Intensity> intensity = new RadioButtonGroup<>(getTranslation("field.intensity"));
    private final Checkbox writtenAgreement = new Checkbox(getTranslation("field.writtenAgreement"));
    private final Checkbox fixedContactPerson = new Checkbox(getTranslation("field.fixedContactPerson"));
    private final Checkbox confirmed = new Checkbox(getTranslation("field.confirmed"));
    private final ValidityFields validity = new ValidityFields(this);
    private final TextField source = FormFields.source(this);
    private final TextArea note = FormFields.note(this);
    private final Map<String, Actor> actors;

    PartnershipForm(List<Actor> actors) {
        this.actors = new LinkedHashMap<>();
        actors.forEach(actor -> this.actors.put(actor.id(), actor));
        from.setItems(actors);
        to.setItems(actors);
        intensity.setItems(Intensity.values());
        intensity.setItemLabelGenerator(Labels::of);
        FormFields.required(from, to, kind, intensity);
        confirmed.setHelperText(getTranslation("field.confirmed.hint"));
        add(from, to, kind, intensity, writtenAgreement, fixedContactPerson, validity.from, validity.until, confirmed,
                source, note);
        setColspan(intensity, 2);
        setColspan(confirmed, 2);
        setColspan(source, 2);
        setColspan(note, 2);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Map<String, HasValue<?, ?>> fields() {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put("fromActor", from);
        fields.put("toActor", to);
        fields.put("kind", kind);
        fields.put("intensity", intensity);
        fields.put("writtenAgreement", writtenAgreement);
        fields.put("fixedContactPerson", fixedContactPerson);
        validity.putInto(fields);
        fields.put("confirmed", confirmed);
        fields.put("source", source);
        fields.put("note", note);
        return fields;
    }

    @Override
    public Optional<HasValue<?, ?>> fieldFor(String field) {
        return validity.fieldFor(field).or(() -> RecordForm.super.fieldFor(field));
    }

    @Override
    public void fill(PartnershipData data) {
        from.setValue(data.fromActorId() == null ? null : actors.get(data.fromActorId()));
        to.setValue(data.toActorId() == null ? null : actors.get(data.toActorId()));
        kind.setValue(data.kind());
        intensity.setValue(data.intensity());
        writtenAgreement.setValue(data.writtenAgreement());
        fixedContactPerson.setValue(data.fixedContactPerson());
        validity.fill(data.validity());
        confirmed.setValue(data.confirmed());
        source.setValue(Objects.requireNonNullElse(data.source(), ""));
        note.setValue(Objects.requireNonNullElse(data.note(), ""));
    }

    @Override
    public PartnershipData read() {
        return new PartnershipData(FormFields.idOf(from, Actor::id), FormFields.idOf(to, Actor::id), kind.getValue(),
                intensity.getValue(), writtenAgreement.getValue(), fixedContactPerson.getValue(), validity.read(),
                confirmed.getValue(), source.getValue(), note.getValue());
    }
}
