package nl.weefsel.funding.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.funding.AreaFunding;
import nl.weefsel.funding.FundingAnalysisService;
import nl.weefsel.funding.FundingService;

/** The money that reaches each area, rolled up to the areas around it, beside its white spots: where nothing and nobody is. */
@Route("funding/areas")
@PageTitle("Weefsel")
@Menu(title = "nav.funding.areas", order = 18, icon = "vaadin:grid-small")
@PermitAll
class FundingPerAreaView extends VerticalLayout {

    private final FundingAnalysisService analysis;
    private final DatePicker day = new DatePicker(getTranslation("funding.on"), LocalDate.now());
    private final Checkbox unfundedOnly = new Checkbox(getTranslation("funding.areas.unfunded-only"));
    private final Grid<AreaFunding> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    FundingPerAreaView(FundingAnalysisService analysis, ChangeBroadcaster changes) {
        this.analysis = analysis;
        setSizeFull();
        day.setLocale(getLocale());
        day.addValueChangeListener(change -> refresh());
        unfundedOnly.addValueChangeListener(change -> refresh());
        summary.getElement().setAttribute("role", "status");
        summary.setId("funding-areas-summary");
        var bar = new FlexLayout(day, unfundedOnly);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        add(new H1(getTranslation("funding.areas.title")), new Paragraph(getTranslation("funding.areas.explanation")), bar,
                summary, grid());
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds(FundingService.KIND, "Area", "Actor", "Initiative", "Need"),
                batch -> refresh());
    }

    private Grid<AreaFunding> grid() {
        grid.addColumn(row -> row.area().label()).setHeader(getTranslation("field.areaId")).setFlexGrow(2).setSortable(true);
        grid.addColumn(row -> Labels.of(row.area().level())).setHeader(getTranslation("funding.areas.level"));
        grid.addColumn(row -> Money.euros(this, row.ownCents())).setHeader(getTranslation("funding.areas.own"))
                .setComparator(AreaFunding::ownCents).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> Money.euros(this, row.totalCents())).setHeader(getTranslation("funding.areas.total"))
                .setComparator(AreaFunding::totalCents).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(AreaFunding::ties).setHeader(getTranslation("funding.areas.ties")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.whiteSpots().size()).setHeader(getTranslation("funding.areas.white-spots"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(row -> row.isUnfundedWhiteSpot() ? getTranslation("funding.areas.no-money") : "")
                .setHeader(getTranslation("funding.areas.verdict")).setFlexGrow(2);
        grid.setPartNameGenerator(row -> row.isUnfundedWhiteSpot() ? "weefsel-unfunded" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("funding.areas.title"));
        grid.setId("funding-areas-grid");
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        if (day.getValue() == null) {
            grid.setItems();
            return;
        }
        List<AreaFunding> rows = analysis.perArea(day.getValue());
        long unfunded = rows.stream().filter(AreaFunding::isUnfundedWhiteSpot).count();
        summary.setText(getTranslation("funding.areas.summary", unfunded));
        grid.setItems(unfundedOnly.getValue() ? rows.stream().filter(AreaFunding::isUnfundedWhiteSpot).toList() : rows);
    }
}
