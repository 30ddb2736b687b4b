package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.ImpactMoment;
import nl.weefsel.impact.Perspective;
import nl.weefsel.impact.StoryData;

/** A dialog to record a story or quote; the consent it rests on is asked for before it can be saved. */
class StoryForm extends Dialog {

    private final ComboBox<Perspective> perspective = new ComboBox<>(getTranslation("impact.field.perspective"));
    private final DatePicker date = new DatePicker(getTranslation("impact.field.date"));
    private final TextArea text = new TextArea(getTranslation("impact.field.text"));
    private final Checkbox quote = new Checkbox(getTranslation("impact.field.quote"));
    private final ComboBox<ImpactMoment> moment = new ComboBox<>(getTranslation("impact.field.moment"));
    private final TextField consentBy = new TextField(getTranslation("impact.field.consentBy"));
    private final DatePicker consentOn = new DatePicker(getTranslation("impact.field.consentOn"));

    StoryForm(List<ImpactMoment> moments, Consumer<StoryData> save) {
        setHeaderTitle(getTranslation("impact.story.new"));
        perspective.setItems(Perspective.values());
        perspective.setItemLabelGenerator(Labels::of);
        perspective.setRequiredIndicatorVisible(true);
        perspective.setId("impact-story-perspective");
        text.setId("impact-story-text");
        consentBy.setId("impact-story-consent-by");
        date.setValue(LocalDate.now());
        date.setLocale(getLocale());
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(4000);
        text.setWidthFull();
        moment.setItems(moments);
        moment.setItemLabelGenerator(ImpactMoment::label);
        moment.setClearButtonVisible(true);
        consentBy.setRequiredIndicatorVisible(true);
        consentBy.setHelperText(getTranslation("impact.field.consentBy.hint"));
        consentOn.setLocale(getLocale());
        consentOn.setValue(LocalDate.now());
        consentOn.setRequiredIndicatorVisible(true);
        var form = new FormLayout(perspective, date, text, quote, moment, consentBy, consentOn);
        form.setColspan(text, 2);
        add(form);
        var saveButton = new Button(getTranslation("impact.save"), click -> {
            save.accept(new StoryData(perspective.getValue(), date.getValue(), text.getValue(), quote.getValue(),
                    moment.getValue() == null ? null : moment.getValue().id(), consentBy.getValue(), consentOn.getValue()));
            close();
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("impact-story-save");
        getFooter().add(new Button(getTranslation("impact.cancel"), click -> close()), saveButton);
    }
}
