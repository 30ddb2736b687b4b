package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.CheckStatus;
import nl.weefsel.impact.Checklist;
import nl.weefsel.impact.ChecklistEntry;
import nl.weefsel.impact.ChecklistItem;
import nl.weefsel.impact.Dimension;

/**
 * The Wat–Hoe–Wanneer checklist: a choice per question answered by hand, and the conditions the
 * network knows shown as text with their source, not editable.
 */
class ChecklistPanel extends VerticalLayout {

    private final Map<ChecklistItem, ComboBox<CheckStatus>> choices = new EnumMap<>(ChecklistItem.class);

    ChecklistPanel(Checklist checklist, boolean editable, Consumer<Map<ChecklistItem, CheckStatus>> save) {
        setPadding(false);
        add(new Span(getTranslation("impact.checklist.group", getTranslation("enum.SchoolGroup." + checklist.group().name()))));
        for (Dimension dimension : Dimension.values()) {
            add(new H3(getTranslation("enum.Dimension." + dimension.name())));
            var list = new UnorderedList();
            checklist.of(dimension).forEach(entry -> list.add(item(entry, editable)));
            add(list);
        }
        if (editable) {
            var saveButton = new Button(getTranslation("impact.checklist.save"), click -> {
                Map<ChecklistItem, CheckStatus> answers = new EnumMap<>(ChecklistItem.class);
                choices.forEach((item, choice) -> answers.put(item, choice.getValue()));
                save.accept(answers);
            });
            add(saveButton);
        }
    }

    private ListItem item(ChecklistEntry entry, boolean editable) {
        String question = getTranslation("impact.checklist." + entry.item().name());
        if (entry.derived()) {
            return new ListItem(new Span(question + ": " + Labels.of(entry.status())),
                    new Span(" — " + getTranslation("impact.checklist.derived", getTranslation("impact.source." + entry.source()))));
        }
        if (!editable) {
            return new ListItem(question + ": " + Labels.of(entry.status()));
        }
        var choice = new ComboBox<CheckStatus>(question);
        choice.setItems(CheckStatus.values());
        choice.setItemLabelGenerator(Labels::of);
        choice.setValue(entry.status());
        choice.setWidth("min(40em, 100%)");
        choices.put(entry.item(), choice);
        return new ListItem(choice);
    }
}
