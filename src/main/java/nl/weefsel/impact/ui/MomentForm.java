package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.Counts;
import nl.weefsel.impact.ImpactSignal;
import nl.weefsel.impact.MomentData;
import nl.weefsel.impact.MomentKind;
import nl.weefsel.impact.SchoolGroup;

/** A dialog to record a measurement moment: reach, target groups, disciplines and the school group's signals. */
class MomentForm extends Dialog {

    private final ComboBox<MomentKind> kind = new ComboBox<>(getTranslation("impact.field.kind"));
    private final TextField label = new TextField(getTranslation("impact.field.label"));
    private final DatePicker date = new DatePicker(getTranslation("impact.field.date"));
    private final CountField order = new CountField(getTranslation("impact.field.order"));
    private final CountField participants = count("impact.measure.participants");
    private final CountField unique = count("impact.measure.uniqueParticipants");
    private final CountField repeat = count("impact.measure.repeatParticipants");
    private final CountField sessions = count("impact.measure.sessions");
    private final CountField parents = count("impact.measure.parentTurnout");
    private final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>(getTranslation("impact.field.targetGroups"));
    private final MultiSelectComboBox<Discipline> disciplines = new MultiSelectComboBox<>(getTranslation("impact.field.disciplines"));
    private final Map<ImpactSignal, CountField> signals = new EnumMap<>(ImpactSignal.class);
    private final TextArea note = new TextArea(getTranslation("impact.field.note"));

    MomentForm(@org.jspecify.annotations.Nullable SchoolGroup group, int nextOrder, Consumer<MomentData> save) {
        setHeaderTitle(getTranslation("impact.moment.new"));
        kind.setItems(MomentKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(nextOrder == 0 ? MomentKind.BASELINE : MomentKind.BLOCK);
        kind.setRequiredIndicatorVisible(true);
        label.setRequiredIndicatorVisible(true);
        label.setId("impact-moment-label");
        participants.setId("impact-moment-participants");
        label.setHelperText(getTranslation("impact.field.label.hint"));
        date.setValue(LocalDate.now());
        date.setLocale(getLocale());
        date.setRequiredIndicatorVisible(true);
        order.setCount(nextOrder);
        order.setHelperText(getTranslation("impact.field.order.hint"));
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(Labels::of);
        disciplines.setItems(Discipline.values());
        disciplines.setItemLabelGenerator(Labels::of);
        var form = new FormLayout(kind, label, date, order, participants, unique, repeat, sessions, parents, targetGroups, disciplines);
        var signalForm = new FormLayout();
        for (ImpactSignal signal : group == null ? ImpactSignal.common() : ImpactSignal.of(group)) {
            CountField field = count("impact.measure.signal." + signal.name());
            signals.put(signal, field);
            signalForm.add(field);
        }
        add(form, new H3(group == null ? getTranslation("impact.signals.common")
                : getTranslation("impact.signals", getTranslation("enum.SchoolGroup." + group.name()))), signalForm, note);
        note.setWidthFull();
        var saveButton = new Button(getTranslation("impact.save"), click -> {
            save.accept(data());
            close();
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("impact-moment-save");
        getFooter().add(new Button(getTranslation("impact.cancel"), click -> close()), saveButton);
    }

    private MomentData data() {
        Map<ImpactSignal, Integer> counted = new EnumMap<>(ImpactSignal.class);
        signals.forEach((signal, field) -> {
            if (field.count() != null) {
                counted.put(signal, field.count());
            }
        });
        var counts = new Counts(participants.count(), unique.count(), repeat.count(), sessions.count(),
                parents.count(), targetGroups.getValue(), disciplines.getValue(), counted);
        return new MomentData(kind.getValue(), label.getValue(), date.getValue(), order.count() == null ? 0 : order.count(),
                counts, note.getValue());
    }

    private CountField count(String key) {
        var field = new CountField(getTranslation(key));
        field.setHelperText(getTranslation("impact.field.count.hint"));
        return field;
    }
}
