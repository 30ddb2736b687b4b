package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import nl.weefsel.actor.Actor;
import nl.weefsel.impact.Sharing;

/** The explicit choice to share one record with the municipality or a named funder; it is logged in the history. */
class SharingDialog extends Dialog {

    SharingDialog(String title, Sharing current, List<Actor> funders, Consumer<Sharing> share) {
        setHeaderTitle(getTranslation("impact.share.title", title));
        var municipality = new Checkbox(getTranslation("impact.share.municipality"), current.municipality());
        var funder = new ComboBox<Actor>(getTranslation("impact.share.funder"));
        funder.setItems(funders);
        funder.setItemLabelGenerator(Actor::name);
        funder.setClearButtonVisible(true);
        funders.stream().filter(actor -> actor.id().equals(current.funderId())).findFirst().ifPresent(funder::setValue);
        funder.setWidthFull();
        add(new VerticalLayout(new Paragraph(getTranslation("impact.share.explain")), municipality, funder));
        var save = new Button(getTranslation("impact.share.save"), click -> {
            share.accept(new Sharing(municipality.getValue(), funder.getValue() == null ? null : funder.getValue().id()));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("impact.cancel"), click -> close()), save);
    }
}
