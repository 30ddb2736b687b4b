package nl.weefsel.initiative.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.audit.ui.ChangeTexts;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.FilteredList;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.initiative.NeedStatus;

/** The demand heard in the neighbourhoods, newest first; open needs that nothing answers stand out. */
@Route("needs")
@PageTitle("Weefsel")
@Menu(title = "nav.needs", order = 6, icon = "vaadin:comment-ellipsis")
@PermitAll
class NeedListView extends VerticalLayout implements BeforeEnterObserver {

    private final NeedService needs;
    private final InitiativeEditing editing;
    private final ChangeTexts texts = new ChangeTexts(this);
    private final FilteredList<Need, NeedStatus> list;
    private Choices choices;

    NeedListView(NeedService needs, InitiativeEditing editing, ChangeBroadcaster changes) {
        this.needs = needs;
        this.editing = editing;
        this.choices = editing.choices();
        list = new FilteredList<>(this, choices.areas(), NeedStatus.values(), Need::status, Need::title, area -> {
            choices = editing.choices();
            return needs.list(area);
        });
        columns(list.grid());
        list.opening(this::open).addTo("needs.title", "needs", "needs.new", "need-new", editing.mayRegister(),
                area -> editing.openNeed(null, NeedData.heard("", area, Set.of(), Set.of(), LocalDate.now()), saved -> list.refresh()));
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Need", "Initiative", "Area"), batch -> list.refresh());
    }

    private void columns(Grid<Need> grid) {
        grid.addColumn(Need::title).setHeader(getTranslation("field.title")).setSortable(true).setFlexGrow(3);
        grid.addColumn(item -> choices.areaName(item.areaId())).setHeader(getTranslation("field.areaId")).setSortable(true);
        grid.addColumn(item -> Labels.of(item.status()) + (item.isUnanswered() ? " · " + getTranslation("needs.unanswered") : ""))
                .setHeader(getTranslation("field.status")).setSortable(true);
        grid.addColumn(item -> Labels.ofAll(item.targetGroups())).setHeader(getTranslation("field.targetGroups")).setFlexGrow(2);
        grid.addColumn(item -> item.heardOn() == null ? "" : texts.date(item.heardOn())).setHeader(getTranslation("field.heardOn"))
                .setSortable(true).setComparator(item -> item.heardOn() == null ? LocalDate.MIN : item.heardOn());
    }

    private void open(Need need) {
        editing.openNeed(need, InitiativeEditing.dataOf(need), saved -> list.refresh());
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> open(needs.find(id).orElseThrow(() -> new NotFoundException("Need", id))));
    }
}
