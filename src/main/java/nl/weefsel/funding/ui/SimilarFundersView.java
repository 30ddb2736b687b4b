package nl.weefsel.funding.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.funding.FundingAnalysisService;
import nl.weefsel.funding.SimilarFunder;
import nl.weefsel.initiative.InitiativeService;

/** For a maker or an initiative: the funders in the network that fund similar work, and why each is listed. */
@Route("funding/similar")
@PageTitle("Weefsel")
@Menu(title = "nav.funding.similar", order = 17, icon = "vaadin:search")
@PermitAll
class SimilarFundersView extends VerticalLayout implements BeforeEnterObserver {

    private final FundingAnalysisService analysis;
    private final ComboBox<Recipient> subject = new ComboBox<>(getTranslation("funding.similar.subject"));
    private final Grid<SimilarFunder> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Map<String, String> names = new HashMap<>();

    SimilarFundersView(FundingAnalysisService analysis, ActorService actors, InitiativeService initiatives, AreaService areas) {
        this.analysis = analysis;
        var all = actors.list(ActorFilter.ALL);
        var recipients = Recipient.all(all, initiatives.list(null));
        recipients.forEach(recipient -> names.put(recipient.id(), recipient.name()));
        areas.all().forEach(area -> names.put(area.id(), area.name()));
        setSizeFull();
        subject.setItems(recipients);
        subject.setItemLabelGenerator(choice -> choice.name() + " (" + Labels.of(choice.kind()) + ")");
        subject.setHelperText(getTranslation("funding.similar.hint"));
        subject.setWidth("min(32rem, 100%)");
        subject.addValueChangeListener(change -> refresh());
        empty.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("funding.similar.title")), subject, empty, grid());
        refresh();
    }

    private Grid<SimilarFunder> grid() {
        grid.addColumn(funder -> names.getOrDefault(funder.funderId(), funder.funderId()))
                .setHeader(getTranslation("field.funderId")).setFlexGrow(2);
        grid.addColumn(SimilarFunder::similarTies).setHeader(getTranslation("funding.similar.ties")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(funder -> Money.euros(this, funder.amountCents())).setHeader(getTranslation("field.amountCents"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::why).setHeader(getTranslation("funding.similar.why")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("funding.similar.title"));
        grid.setId("funding-similar-grid");
        grid.setSizeFull();
        return grid;
    }

    private String why(SimilarFunder funder) {
        List<String> reasons = new ArrayList<>();
        if (!funder.disciplines().isEmpty()) {
            reasons.add(getTranslation("funding.similar.why.discipline", Labels.ofAll(funder.disciplines())));
        }
        if (!funder.targetGroups().isEmpty()) {
            reasons.add(getTranslation("funding.similar.why.target-group", Labels.ofAll(funder.targetGroups())));
        }
        if (!funder.sameAreaIds().isEmpty()) {
            reasons.add(getTranslation("funding.similar.why.area", areaNames(funder.sameAreaIds())));
        }
        if (!funder.parentAreaIds().isEmpty()) {
            reasons.add(getTranslation("funding.similar.why.parent-area", areaNames(funder.parentAreaIds())));
        }
        if (funder.fundsSubject()) {
            reasons.add(getTranslation("funding.similar.why.already"));
        }
        return String.join(" · ", reasons);
    }

    private String areaNames(java.util.Set<String> ids) {
        return ids.stream().map(id -> names.getOrDefault(id, id)).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** {@code ?subject=<actor or initiative id>} opens the funders of that one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("subject").ifPresent(id -> subject.getListDataView()
                .getItems().filter(choice -> choice.id().equals(id)).findFirst().ifPresent(subject::setValue));
    }

    private void refresh() {
        if (subject.getValue() == null) {
            grid.setItems();
            empty.setText(getTranslation("funding.similar.pick"));
            return;
        }
        var funders = analysis.similarFunders(subject.getValue().id());
        grid.setItems(funders);
        empty.setText(funders.isEmpty() ? getTranslation("funding.similar.none") : "");
    }
}
