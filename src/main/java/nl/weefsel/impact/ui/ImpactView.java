package nl.weefsel.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.ChecklistService;
import nl.weefsel.impact.ImpactCsv;
import nl.weefsel.impact.ImpactMoment;
import nl.weefsel.impact.ImpactService;
import nl.weefsel.impact.Trend;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;

/**
 * The impact page of one partnership: counts per moment with their change over time, stories, the
 * Wat–Hoe–Wanneer checklist and with whom each record is shared. Its parties record and share;
 * others see only what was shared with them. Nothing here compares partnerships.
 */
@Route("ties/:id/impact")
@PageTitle("Weefsel")
@PermitAll
class ImpactView extends VerticalLayout implements BeforeEnterObserver {

    private final ImpactService impact;
    private final ChecklistService checklists;
    private final PartnershipService partnerships;
    private final ActorService actors;
    private final ImpactCsv csv;
    private final ImpactTexts texts;
    private String partnershipId = "";

    ImpactView(ImpactService impact, ChecklistService checklists, PartnershipService partnerships, ActorService actors, ImpactCsv csv) {
        this.impact = impact;
        this.checklists = checklists;
        this.partnerships = partnerships;
        this.actors = actors;
        this.csv = csv;
        this.texts = new ImpactTexts(this, actors);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        partnershipId = event.getRouteParameters().get("id").orElse("");
        refresh();
    }

    private void refresh() {
        removeAll();
        var tie = partnerships.find(partnershipId);
        if (tie.isEmpty()) {
            add(new H1(getTranslation("impact.title.unknown")), new Paragraph(getTranslation("impact.not-found")));
            return;
        }
        boolean keeps = impact.mayKeep(partnershipId);
        Trend trend = impact.trend(partnershipId);
        add(new H1(getTranslation("impact.title", texts.names(tie.get()))),
                new Paragraph(getTranslation(keeps ? "impact.private.keeper" : "impact.private.reader")),
                actions(tie.get(), keeps, trend));
        add(new H2(getTranslation("impact.counting")));
        if (trend.moments().isEmpty()) {
            add(new Paragraph(getTranslation("impact.moments.none")));
        } else {
            add(new TrendTable(trend, new TrendTexts(this)), moments(trend.moments(), keeps));
        }
        add(new H2(getTranslation("impact.telling")), new StoryList(impact.stories(partnershipId), keeps, texts, this::shareStory,
                this::deleteStory));
        if (keeps) {
            var checklist = checklists.checklist(partnershipId);
            add(new H2(getTranslation("impact.checklist")), new ChecklistPanel(checklist, true, answers -> {
                checklists.answer(partnershipId, checklist.version(), checklist.group(), answers);
                refresh();
            }));
        }
    }

    private FlexLayout actions(Partnership tie, boolean keeps, Trend trend) {
        var bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "center");
        if (keeps) {
            var moment = new Button(getTranslation("impact.moment.new"), VaadinIcon.PLUS.create(), click ->
                    new MomentForm(checklists.checklist(partnershipId).group(), trend.moments().size(), data -> {
                        impact.recordMoment(partnershipId, data);
                        refresh();
                    }).open());
            moment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            moment.setId("impact-moment-new");
            var story = new Button(getTranslation("impact.story.new"), VaadinIcon.COMMENT.create(), click ->
                    new StoryForm(trend.moments(), data -> {
                        impact.recordStory(partnershipId, data);
                        refresh();
                    }).open());
            story.setId("impact-story-new");
            bar.add(moment, story);
        }
        bar.add(Downloads.csv("impact-tellen.csv", getTranslation("impact.export.moments"), () -> csv.moments(tie.id())),
                Downloads.csv("impact-verhalen.csv", getTranslation("impact.export.stories"), () -> csv.stories(tie.id())),
                new Anchor(ImpactNavigation.summaryOf(tie.id()), getTranslation("impact.summary.link")));
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
                            impact.shareMoment(partnershipId, moment.id(), moment.version(), sharing);
                            refresh();
                        }).open());
                share.addThemeVariants(ButtonVariant.LUMO_SMALL);
                share.setAriaLabel(getTranslation("impact.share.title", moment.label()));
                var delete = new Button(getTranslation("impact.moment.delete"), click -> Confirmation.ask(
                        getTranslation("impact.moment.delete.title", moment.label()), getTranslation("impact.moment.delete.text"),
                        getTranslation("impact.moment.delete"), () -> {
                            impact.deleteMoment(partnershipId, moment.id());
                            refresh();
                        }));
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                delete.setAriaLabel(getTranslation("impact.moment.delete.title", moment.label()));
                return new com.vaadin.flow.component.html.Div(share, delete);
            }).setAutoWidth(true);
        }
        grid.setItems(moments);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("impact.moments"));
        return grid;
    }

    private void shareStory(nl.weefsel.impact.Story story) {
        new SharingDialog(texts.storyTitle(story), story.sharing(), funders(), sharing -> {
            impact.shareStory(partnershipId, story.id(), story.version(), sharing);
            refresh();
        }).open();
    }

    private void deleteStory(nl.weefsel.impact.Story story) {
        impact.deleteStory(partnershipId, story.id());
        refresh();
    }

    private List<nl.weefsel.actor.Actor> funders() {
        return actors.list(new ActorFilter(null, java.util.Set.of(ActorKind.FUNDER, ActorKind.GOVERNMENT), null));
    }
}
