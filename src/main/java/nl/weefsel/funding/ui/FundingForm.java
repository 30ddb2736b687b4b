package nl.weefsel.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.weefsel.actor.Actor;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.Validity;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ui.FormFields;
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.collaboration.ui.ValidityFields;
import nl.weefsel.funding.FundingData;
import nl.weefsel.funding.FundingInstrument;

/** A funding tie: who pays, for which actor or initiative, how much, for which period, by which instrument. */
class FundingForm extends FormLayout implements RecordForm<FundingData> {

    private final ComboBox<Actor> funder = FormFields.actorPicker(this, "field.funderId");
    private final ComboBox<Recipient> recipient = FormFields.picker(this, "field.recipientId",
            choice -> choice.name() + " (" + Labels.of(choice.kind()) + ")");
    private final BigDecimalField amount = new BigDecimalField(getTranslation("field.amountCents"));
    private final ComboBox<FundingInstrument> instrument =
            FormFields.enumPicker(this, "field.instrument", FundingInstrument.values());
    private final ValidityFields validity = new ValidityFields(this);
    private final TextField source = FormFields.source(this);
    private final TextArea note = FormFields.note(this);
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Recipient> recipients = new LinkedHashMap<>();

    FundingForm(List<Actor> actors, List<Recipient> recipients) {
        actors.forEach(actor -> this.actors.put(actor.id(), actor));
        recipients.forEach(choice -> this.recipients.put(choice.id(), choice));
        funder.setItems(actors);
        recipient.setItems(recipients);
        amount.setPrefixComponent(new Span("€"));
        amount.setHelperText(getTranslation("funding.amount.hint"));
        instrument.setHelperText(getTranslation("funding.instrument.hint"));
        FormFields.required(funder, recipient, amount, instrument);
        add(funder, recipient, amount, instrument, validity.from, validity.until, source, note);
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
        fields.put("funder", funder);
        fields.put("recipient", recipient);
        fields.put("amount", amount);
        fields.put("instrument", instrument);
        validity.putInto(fields);
        fields.put("source", source);
        fields.put("note", note);
        return fields;
    }

    @Override
    public Optional<HasValue<?, ?>> fieldFor(String field) {
        return switch (field) {
            case "recipientKind" -> Optional.of(recipient);
            default -> validity.fieldFor(field).or(() -> RecordForm.super.fieldFor(field));
        };
    }

    @Override
    public void fill(FundingData data) {
        funder.setValue(data.funderId() == null ? null : actors.get(data.funderId()));
        recipient.setValue(data.recipientId() == null ? null : recipients.get(data.recipientId()));
        amount.setValue(data.amountCents() == null ? null : Money.toEuros(data.amountCents()));
        instrument.setValue(data.instrument());
        validity.fill(data.validity() == null ? Validity.ALWAYS : data.validity());
        source.setValue(Objects.requireNonNullElse(data.source(), ""));
        note.setValue(Objects.requireNonNullElse(data.note(), ""));
    }

    @Override
    public FundingData read() {
        BigDecimal euros = amount.getValue();
        if (euros != null && euros.signum() <= 0) {
            throw new InvalidInputException("amount", getTranslation("funding.problem.amount"));
        }
        Validity period;
        try {
            period = validity.read();
        } catch (InvalidInputException refused) {
            throw new InvalidInputException("validity", getTranslation("funding.problem.period"));
        }
        Recipient chosen = recipient.getValue();
        return new FundingData(FormFields.idOf(funder, Actor::id), chosen == null ? null : chosen.id(),
                chosen == null ? null : chosen.kind(), euros == null ? null : Money.toCents(euros), instrument.getValue(),
                period, source.getValue(), note.getValue());
    }
}
