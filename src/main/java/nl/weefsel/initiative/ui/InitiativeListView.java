package nl.weefsel.initiative.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Validity;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.FactTexts;
import nl.weefsel.collaboration.ui.FilteredList;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;

/** The local offer: initiatives per area, by status and name. */
@Route("initiatives")
@PageTitle("Weefsel")
@Menu(title = "nav.initiatives", order = 5, icon = "vaadin:lightbulb")
@PermitAll
class InitiativeListView extends VerticalLayout implements BeforeEnterObserver {

    private final InitiativeService initiatives;
    private final InitiativeEditing editing;
    private final FactTexts facts = new FactTexts(this);
    private final FilteredList<Initiative, InitiativeStatus> list;
    private Choices choices;

    InitiativeListView(InitiativeService initiatives, InitiativeEditing editing, ChangeBroadcaster changes) {
        this.initiatives = initiatives;
        this.editing = editing;
        this.choices = editing.choices();
        list = new FilteredList<>(this, choices.areas(), InitiativeStatus.values(), Initiative::status, Initiative::name, area -> {
            choices = editing.choices();
            return initiatives.list(area);
        });
        columns(list.grid());
        list.opening(this::open).addTo("initiatives.title", "initiatives", "initiatives.new", "initiative-new",
                editing.mayRegister(), area -> editing.openInitiative(null, new InitiativeData("", null, area, null, Set.of(),
                        Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS), saved -> list.refresh()));
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Initiative", "Area", "Actor"), batch -> list.refresh());
    }

    private void columns(Grid<Initiative> grid) {
        grid.addColumn(Initiative::name).setHeader(getTranslation("field.name")).setSortable(true).setFlexGrow(3);
        grid.addColumn(item -> choices.areaName(item.areaId())).setHeader(getTranslation("field.areaId")).setSortable(true);
        grid.addColumn(item -> item.runById() == null || choices.actor(item.runById()) == null ? ""
                : choices.actor(item.runById()).name()).setHeader(getTranslation("field.runById")).setSortable(true).setFlexGrow(2);
        grid.addColumn(item -> Labels.of(item.status())).setHeader(getTranslation("field.status")).setSortable(true);
        grid.addColumn(item -> Labels.ofAll(item.targetGroups())).setHeader(getTranslation("field.targetGroups")).setFlexGrow(2);
        grid.addColumn(item -> facts.validity(item.validity())).setHeader(getTranslation("field.validity"));
        grid.addComponentColumn(item -> RecordLinks.inRow("initiatives/" + item.id() + "/impact", getTranslation("impact.link"),
                getTranslation("impact.link.of", item.name())))
                .setHeader(getTranslation("impact.link")).setAutoWidth(true).setFlexGrow(0);
    }

    private void open(Initiative initiative) {
        editing.openInitiative(initiative, InitiativeEditing.dataOf(initiative), saved -> list.refresh());
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> open(initiatives.find(id).orElseThrow(() -> new NotFoundException("Initiative", id))));
    }
}
