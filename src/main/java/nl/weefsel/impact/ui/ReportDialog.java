package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import nl.weefsel.actor.Actor;
import nl.weefsel.impact.ImpactMoment;
import nl.weefsel.impact.ReportData;
import nl.weefsel.impact.Sharing;

/**
 * Shares a period's counts (and, if chosen, its stories) as one report with the municipality or a
 * funder. What is in the period now is fixed; the history records who shared it with whom.
 */
class ReportDialog extends Dialog {

    ReportDialog(List<ImpactMoment> moments, List<Actor> funders, BiConsumer<ReportData, Sharing> share) {
        setHeaderTitle(getTranslation("impact.report.new"));
        var title = new TextField(getTranslation("impact.report.title"));
        title.setId("impact-report-title");
        title.setRequiredIndicatorVisible(true);
        title.setValue(getTranslation("impact.report.default-title", LocalDate.now().getYear()));
        var from = new DatePicker(getTranslation("impact.report.from"));
        var until = new DatePicker(getTranslation("impact.report.until"));
        from.setId("impact-report-from");
        until.setId("impact-report-until");
        from.setRequiredIndicatorVisible(true);
        until.setRequiredIndicatorVisible(true);
        from.setLocale(getLocale());
        until.setLocale(getLocale());
        from.setValue(moments.stream().map(ImpactMoment::date).min(Comparator.naturalOrder()).orElse(LocalDate.now().withDayOfYear(1)));
        until.setValue(LocalDate.now());
        var stories = new Checkbox(getTranslation("impact.report.with-stories"), false);
        stories.setId("impact-report-stories");
        var municipality = new Checkbox(getTranslation("impact.share.municipality"), true);
        municipality.setId("impact-report-municipality");
        var funder = new ComboBox<Actor>(getTranslation("impact.share.funder"));
        funder.setItems(funders);
        funder.setItemLabelGenerator(Actor::name);
        funder.setClearButtonVisible(true);
        var form = new FormLayout(title, from, until, stories, municipality, funder);
        form.setColspan(title, 2);
        form.setColspan(funder, 2);
        add(new Paragraph(getTranslation("impact.report.explain")), form);
        var save = new Button(getTranslation("impact.report.share"), click -> {
            share.accept(new ReportData(title.getValue(), from.getValue(), until.getValue(), stories.getValue()),
                    new Sharing(municipality.getValue(), funder.getValue() == null ? null : funder.getValue().id()));
            close();
        });
        save.setId("impact-report-share");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("impact.cancel"), click -> close()), save);
    }
}
