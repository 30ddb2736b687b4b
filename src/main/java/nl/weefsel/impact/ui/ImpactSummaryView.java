package nl.weefsel.impact.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Table;
import com.vaadin.flow.component.html.TableRow;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.CheckStatus;
import nl.weefsel.impact.Checklist;
import nl.weefsel.impact.ChecklistService;
import nl.weefsel.impact.Dimension;
import nl.weefsel.impact.ImpactService;
import nl.weefsel.impact.Story;
import nl.weefsel.impact.Trend;
import nl.weefsel.impact.ImpactOverview;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.ImpactReport;

/**
 * A one-page impact summary of a partnership, school trajectory or initiative for the browser to
 * print: counts with their change since the baseline, a few voices, and the checklist at a glance —
 * only what the reader may see. With {@code ?report=<id>}: exactly one shared report.
 */
@Route(value = "ties/:id/impact/summary", autoLayout = false)
@RouteAlias(value = "initiatives/:id/impact/summary", autoLayout = false)
@PageTitle("Weefsel")
@PermitAll
class ImpactSummaryView extends Div implements BeforeEnterObserver {

    private static final int STORIES_ON_A_PAGE = 3;
    private static final String STYLE = """
            <style>
            .impact-summary { font-family: var(--lumo-font-family, sans-serif); max-width: 48em; margin: 1.5em auto; padding: 0 1em; }
            .impact-summary table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
            .impact-summary th, .impact-summary td { border: 1px solid #999; padding: 0.2em 0.4em; text-align: left; }
            @media print {
              .impact-summary-noprint { display: none; }
              .impact-summary { margin: 0; max-width: none; font-size: 10pt; }
              @page { size: A4; margin: 1.5cm; }
            }
            </style>""";

    private final ImpactService impact;
    private final ChecklistService checklists;
    private final ImpactOverview overview;
    private final ImpactTexts texts;

    ImpactSummaryView(ImpactService impact, ChecklistService checklists, ImpactOverview overview, ActorService actors) {
        this.impact = impact;
        this.checklists = checklists;
        this.overview = overview;
        this.texts = new ImpactTexts(this, actors);
        addClassName("impact-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Html(STYLE));
        ImpactOwner owner = ImpactNavigation.ownerOf(event);
        var title = texts.title(owner, overview);
        var reportId = event.getLocation().getQueryParameters().getSingleParameter("report");
        var report = reportId.flatMap(impact::report).filter(contents -> contents.report().owner().equals(owner));
        if (title.isEmpty() || reportId.isPresent() && report.isEmpty()) {
            add(new H1(getTranslation("impact.title.unknown")), new Paragraph(getTranslation("impact.not-found")));
            return;
        }
        var print = new Button(getTranslation("impact.summary.print"), click -> getElement().executeJs("window.print()"));
        var back = new Anchor(ImpactNavigation.pageOf(owner), getTranslation("impact.summary.back"));
        var noPrint = new Div(print, back);
        noPrint.addClassName("impact-summary-noprint");
        noPrint.getStyle().set("display", "flex").set("gap", "1em").set("align-items", "center");
        add(noPrint);
        if (report.isPresent()) {
            ImpactReport shared = report.get().report();
            add(new H1(getTranslation("impact.report.heading", shared.title(), title.get())),
                    new Paragraph(getTranslation("impact.report.made", texts.date(shared.from()), texts.date(shared.until()),
                            texts.sharing(shared.sharing()), java.util.Objects.toString(shared.audit().createdBy(), "?"),
                            shared.audit().createdAt() == null ? "?" : texts.date(LocalDate.ofInstant(shared.audit().createdAt(),
                                    java.time.ZoneId.of("Europe/Amsterdam"))))));
            summary(report.get().trend(), report.get().stories());
            return;
        }
        add(new H1(getTranslation("impact.summary.title", title.get())),
                new Paragraph(getTranslation("impact.summary.made", texts.date(LocalDate.now()))));
        ImpactService.Visible visible = impact.visible(owner);
        summary(visible.trend(), visible.stories());
        if (owner.isPartnership() && impact.mayKeep(owner)) {
            add(new H2(getTranslation("impact.checklist")), checklist(checklists.checklist(owner.id())));
        }
    }

    private void summary(Trend trend, List<Story> stories) {
        add(new H2(getTranslation("impact.counting")), trend.moments().isEmpty()
                ? new Paragraph(getTranslation("impact.moments.none")) : table(trend));
        add(new H2(getTranslation("impact.telling")), stories(stories));
    }

    private Table table(Trend trend) {
        var texts = new TrendTexts(this);
        var table = new Table();
        List<String> headers = new ArrayList<>(List.of(getTranslation("impact.measure")));
        trend.moments().forEach(moment -> headers.add(moment.label()));
        headers.add(getTranslation("impact.summary.since-baseline"));
        table.getHead().addRow().addColumnHeaderCells(headers);
        for (String measure : trend.measures()) {
            TableRow row = table.getBody().addRow();
            row.addHeaderCell(texts.measure(measure));
            var cells = trend.row(measure);
            cells.forEach(cell -> row.addDataCells(cell.value().map(String::valueOf).orElse("–")));
            row.addDataCells(texts.change(cells.getLast().sinceBaseline()));
        }
        return table;
    }

    private UnorderedList stories(List<Story> stories) {
        var list = new UnorderedList();
        stories.stream().limit(STORIES_ON_A_PAGE).forEach((Story story) -> list.add(new ListItem(
                (story.quote() ? "“" + story.text() + "”" : story.text()) + " — " + texts.storyTitle(story))));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("impact.stories.none")));
        }
        return list;
    }

    private UnorderedList checklist(Checklist checklist) {
        var list = new UnorderedList();
        for (Dimension dimension : Dimension.values()) {
            var entries = checklist.of(dimension);
            long yes = entries.stream().filter(entry -> entry.status() == CheckStatus.YES).count();
            String open = String.join(", ", entries.stream().filter(entry -> entry.status() != CheckStatus.YES)
                    .map(entry -> getTranslation("impact.checklist." + entry.item().name()) + " (" + Labels.of(entry.status()) + ")")
                    .toList());
            list.add(new ListItem(getTranslation("impact.summary.checklist", Labels.of(dimension), yes, entries.size(),
                    open.isEmpty() ? "–" : open)));
        }
        return list;
    }
}
