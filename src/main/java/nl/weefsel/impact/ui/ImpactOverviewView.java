package nl.weefsel.impact.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.weefsel.actor.ActorService;
import nl.weefsel.impact.ImpactOverview;

/**
 * "Tellen en vertellen": the school trajectories, partnerships and initiatives whose impact the user
 * keeps, and those that shared something with them, each linking to its impact page. In
 * alphabetical order and without figures to compare: there is no ranking (DD009).
 */
@Route("impact")
@PageTitle("Weefsel")
@Menu(title = "nav.impact", order = 14.5, icon = "vaadin:chart-line")
@PermitAll
class ImpactOverviewView extends VerticalLayout {

    ImpactOverviewView(ImpactOverview overview, ActorService actors) {
        var texts = new ImpactTexts(this, actors);
        add(new H1(getTranslation("impact.overview.title")), new Paragraph(getTranslation("impact.overview.explain")));
        var entries = overview.entries();
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("impact.overview.none")));
            return;
        }
        var grid = new Grid<ImpactOverview.Entry>();
        grid.addComponentColumn(entry -> new Anchor(ImpactNavigation.pageOf(entry.owner()), texts.typeCapitalised(entry.type(), entry.name())))
                .setHeader(getTranslation("impact.overview.owner")).setFlexGrow(3);
        grid.addColumn(entry -> getTranslation(entry.keeps() ? "impact.overview.yours" : "impact.overview.shared"))
                .setHeader(getTranslation("impact.overview.relation"));
        grid.addColumn(entry -> getTranslation("impact.report.contents", entry.moments(), entry.stories()))
                .setHeader(getTranslation("impact.overview.records"));
        grid.addColumn(ImpactOverview.Entry::reports).setHeader(getTranslation("impact.reports"));
        grid.addColumn(entry -> entry.lastCounted().map(texts::date).orElse("–")).setHeader(getTranslation("impact.overview.last"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("impact.overview.title"));
        add(grid);
        setWidthFull();
    }
}
