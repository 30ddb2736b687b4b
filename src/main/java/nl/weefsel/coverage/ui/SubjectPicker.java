package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import nl.weefsel.coverage.CoverageTexts;
import nl.weefsel.coverage.Subject;

/** Chooses a role, discipline or target group, each named with its kind ("Rol: Talentontwikkeling"). */
final class SubjectPicker extends ComboBox<Subject> {

    SubjectPicker(String label, List<Subject> subjects, CoverageTexts texts) {
        setLabel(label);
        setItems(subjects);
        setItemLabelGenerator(subject -> getTranslation("coverage.map.subject.item",
                getTranslation("enum.SubjectKind." + subject.kind().name()), texts.subject(subject, getLocale())));
        setWidth("26rem");
        setValue(subjects.stream().filter(subject -> subject.key().equals("NEIGHBOURHOOD_SCOUTING")).findFirst()
                .orElse(subjects.isEmpty() ? null : subjects.getFirst()));
    }
}
