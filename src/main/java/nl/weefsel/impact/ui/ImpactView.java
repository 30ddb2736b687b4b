package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.CsvDownload;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.ChecklistService;
import nl.weefsel.impact.ImpactCsv;
import nl.weefsel.impact.ImpactMoment;
import nl.weefsel.impact.ImpactOverview;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.ImpactReport;
import nl.weefsel.impact.ImpactService;
import nl.weefsel.impact.Story;
import nl.weefsel.impact.Trend;

/**
 * The impact page of one partnership, school trajectory or initiative: counts per moment with their
 * change over time, stories, the reports shared, the Wat–Hoe–Wanneer checklist (partnerships) and
 * with whom each record is shared. Its keepers record and share; others see only what was shared
 * with them. Nothing here compares partnerships.
 */
@Route("ties/:id/impact")
@RouteAlias("initiatives/:id/impact")
@PageTitle("Weefsel")
@PermitAll
class ImpactView extends VerticalLayout implements BeforeEnterObserver {

    private final ImpactService impact;
    private final ChecklistService checklists;
    private final ImpactOverview overview;
    private final ActorService actors;
    private final ImpactCsv csv;
    private final ImpactTexts texts;
    private ImpactOwner owner = ImpactOwner.partnership("");

    ImpactView(ImpactService impact, ChecklistService checklists, ImpactOverview overview,
               ActorService actors, ImpactCsv csv) {
        this.impact = impact;
        this.checklists = checklists;
        this.overview = overview;
        this.actors = actors;
        this.csv = csv;
        this.texts = new ImpactTexts(this, actors);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        owner = ImpactNavigation.ownerOf(event);
        refresh();
    }

    private void refresh() {
        removeAll();
        var title = texts.title(owner, overview);
        if (title.isEmpty()) {
            add(new H1(getTranslation("impact.title.unknown")), new Paragraph(getTranslation("impact.not-found")));
            return;
        }
        boolean keeps = impact.mayKeep(owner);
        ImpactService.Visible visible = impact.visible(owner);
        Trend trend = visible.trend();
        add(new H1(getTranslation("impact.title", title.get())),
                new Paragraph(getTranslation(keeps ? "impact.private.keeper" : "impact.private.reader")),
                actions(keeps, trend));
        add(new H2(getTranslation("impact.counting")));
        if (trend.moments().isEmpty()) {
            add(new Paragraph(getTranslation("impact.moments.none")));
        } else {
            add(new TrendTable(trend, new TrendTexts(this)), moments(trend.moments(), keeps));
        }
        add(new H2(getTranslation("impact.telling")), new StoryList(visible.stories(), keeps, texts, this::shareStory,
                this::deleteStory));
        List<ImpactReport> reports = visible.reports();
        if (keeps || !reports.isEmpty()) {
            add(new H2(getTranslation("impact.reports")), reports.isEmpty()
                    ? new Paragraph(getTranslation("impact.reports.none")) : reportGrid(reports, keeps));
        }
        if (keeps && owner.isPartnership()) {
            var checklist = checklists.checklist(owner.id());
            add(new H2(getTranslation("impact.checklist")), new ChecklistPanel(checklist, true, answers -> {
                checklists.answer(owner.id(), checklist.version(), checklist.group(), answers);
                refresh();
            }));
        }
    }

    private FlexLayout actions(boolean keeps, Trend trend) {
        var bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "center");
        if (keeps) {
            var moment = new Button(getTranslation("impact.moment.new"), VaadinIcon.PLUS.create(), click ->
                    new MomentForm(owner.isPartnership() ? checklists.checklist(owner.id()).group() : null,
                            trend.moments().size(), data -> {
                        impact.recordMoment(owner, data);
                        refresh();
                    }).open());
            moment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            moment.setId("impact-moment-new");
            var story = new Button(getTranslation("impact.story.new"), VaadinIcon.COMMENT.create(), click ->
                    new StoryForm(trend.moments(), data -> {
                        impact.recordStory(owner, data);
                        refresh();
                    }).open());
            story.setId("impact-story-new");
            var report = new Button(getTranslation("impact.report.new"), VaadinIcon.SHARE.create(), click ->
                    new ReportDialog(trend.moments(), funders(), (data, sharing) -> {
                        impact.shareReport(owner, data, sharing);
                        refresh();
                    }).open());
            report.setId("impact-report-new");
            bar.add(moment, story, report);
        }
        ImpactOwner current = owner;
        bar.add(CsvDownload.of("impact-tellen.csv", getTranslation("impact.export.moments"), () -> csv.moments(current)),
                CsvDownload.of("impact-verhalen.csv", getTranslation("impact.export.stories"), () -> csv.stories(current)),
                new Anchor(ImpactNavigation.summaryOf(owner), getTranslation("impact.summary.link")));
        return bar;
    }

    private Grid<ImpactMoment> moments(List<ImpactMoment> moments, boolean keeps) {
        var grid = new Grid<ImpactMoment>();
        grid.addColumn(ImpactMoment::label).setHeader(getTranslation("impact.field.label"));
        grid.addColumn(moment -> Labels.of(moment.kind())).setHeader(getTranslation("impact.field.kind"));
        grid.addColumn(moment -> texts.date(moment.date())).setHeader(getTranslation("impact.field.date"));
        grid.addColumn(moment -> texts.sharing(moment.sharing())).setHeader(getTranslation("impact.sharing")).setFlexGrow(2);
        if (keeps) {
            grid.addComponentColumn(moment -> {
                var share = new Button(getTranslation("impact.share"), click -> new SharingDialog(moment.label(), moment.sharing(),
                        funders(), sharing -> {
                            impact.shareMoment(owner, moment.id(), moment.version(), sharing);
                            refresh();
                        }).open());
                share.addThemeVariants(ButtonVariant.LUMO_SMALL);
                share.setAriaLabel(getTranslation("impact.share.title", moment.label()));
                var delete = smallDanger(getTranslation("impact.moment.delete"), getTranslation("impact.moment.delete.title", moment.label()),
                        getTranslation("impact.moment.delete.text"), () -> impact.deleteMoment(owner, moment.id()));
                return new Div(share, delete);
            }).setAutoWidth(true);
        }
        return compact(grid, moments, "impact.moments");
    }

    private Grid<ImpactReport> reportGrid(List<ImpactReport> reports, boolean keeps) {
        var grid = new Grid<ImpactReport>();
        grid.addComponentColumn(report -> new Anchor(ImpactNavigation.reportOf(owner, report.id()), report.title()))
                .setHeader(getTranslation("impact.report.title")).setFlexGrow(2);
        grid.addColumn(report -> texts.date(report.from()) + " – " + texts.date(report.until()))
                .setHeader(getTranslation("impact.report.period"));
        grid.addColumn(report -> getTranslation("impact.report.contents", report.momentIds().size(), report.storyIds().size()))
                .setHeader(getTranslation("impact.report.holds"));
        grid.addColumn(report -> texts.sharing(report.sharing())).setHeader(getTranslation("impact.sharing")).setFlexGrow(2);
        if (keeps) {
            grid.addComponentColumn(report -> smallDanger(getTranslation("impact.report.withdraw"),
                    getTranslation("impact.report.withdraw.title", report.title()), getTranslation("impact.report.withdraw.text"),
                    () -> impact.withdrawReport(owner, report.id()))).setAutoWidth(true);
        }
        return compact(grid, reports, "impact.reports");
    }

    /** A small red button that asks before it removes something, and then shows the page anew. */
    private Button smallDanger(String text, String question, String explanation, Runnable remove) {
        var button = new Button(text, click -> Confirmation.ask(question, explanation, text, () -> {
            remove.run();
            refresh();
        }));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(question);
        return button;
    }

    private <T> Grid<T> compact(Grid<T> grid, List<T> items, String label) {
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation(label));
        return grid;
    }

    private void shareStory(Story story) {
        new SharingDialog(texts.storyTitle(story), story.sharing(), funders(), sharing -> {
            impact.shareStory(owner, story.id(), story.version(), sharing);
            refresh();
        }).open();
    }

    private void deleteStory(Story story) {
        impact.deleteStory(owner, story.id());
        refresh();
    }

    private List<Actor> funders() {
        return actors.list(new ActorFilter(null, Set.of(ActorKind.FUNDER, ActorKind.GOVERNMENT), null));
    }
}
