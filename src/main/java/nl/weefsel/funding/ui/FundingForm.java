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
import nl.weefsel.collaboration.ui.RecordForm;
import nl.weefsel.collaboration.ui.ValidityFields;
import nl.weefsel.funding.FundingData;
import nl.weefsel.funding.FundingInstrument;

/** A funding tie: who pays, for which actor or initiative, how much, for which period, by which instrument. */
class FundingForm extends FormLayout implements RecordForm<FundingData> {

    private final ComboBox<Actor> funder = new ComboBox<>(getTranslation("field.funderId"));
    private final ComboBox<Recipient> recipient = new ComboBox<>(getTranslation("field.recipientId"));
    private final BigDecimalField amount = new BigDecimalField(getTranslation("field.amountCents"));
    private final ComboBox<FundingInstrument> instrument = new ComboBox<>(getTranslation("field.instrument"));
    private final ValidityFields validity = new ValidityFields(this);
    private final TextField source = new TextField(getTranslation("field.provenance.source"));
    private final TextArea note = new TextArea(getTranslation("field.note"));
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Recipient> recipients = new LinkedHashMap<>();

    FundingForm(List<Actor> actors, List<Recipient> recipients) {
        actors.forEach(actor -> this.actors.put(actor.id(), actor));
        recipients.forEach(choice -> this.recipients.put(choice.id(), choice));
        funder.setItems(actors);
        funder.setItemLabelGenerator(Actor::name);
        recipient.setItems(recipients);
        recipient.setItemLabelGenerator(choice -> choice.name() + " (" + Labels.of(choice.kind()) + ")");
        amount.setPrefixComponent(new Span("€"));
        amount.setHelperText(getTranslation("funding.amount.hint"));
        instrument.setItems(FundingInstrument.values());
        instrument.setItemLabelGenerator(Labels::of);
        instrument.setHelperText(getTranslation("funding.instrument.hint"));
        source.setHelperText(getTranslation("source.hint"));
        for (var required : List.of(funder, recipient, instrument)) {
            required.setRequiredIndicatorVisible(true);
        }
        amount.setRequiredIndicatorVisible(true);
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
        fields.put("validFrom", validity.from);
        fields.put("validUntil", validity.until);
        fields.put("source", source);
        fields.put("note", note);
        return fields;
    }

    @Override
    public Optional<HasValue<?, ?>> fieldFor(String field) {
        return switch (field) {
            case "validity" -> Optional.of(validity.until);
            case "recipientKind" -> Optional.of(recipient);
            default -> RecordForm.super.fieldFor(field);
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
        return new FundingData(funder.getValue() == null ? null : funder.getValue().id(), chosen == null ? null : chosen.id(),
                chosen == null ? null : chosen.kind(), euros == null ? null : Money.toCents(euros), instrument.getValue(),
                period, source.getValue(), note.getValue());
    }
}
