package nl.weefsel.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Set;
import nl.weefsel.area.Area;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Validity;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.FactTexts;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.PresenceBar;
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
    private final Grid<Initiative> grid = new Grid<>();
    private final TextField text = new TextField(getTranslation("filter.text"));
    private final ComboBox<Area> area = new ComboBox<>(getTranslation("field.areaId"));
    private final MultiSelectComboBox<InitiativeStatus> statuses = new MultiSelectComboBox<>(getTranslation("field.status"));
    private Choices choices;

    InitiativeListView(InitiativeService initiatives, InitiativeEditing editing, ChangeBroadcaster changes) {
        this.initiatives = initiatives;
        this.editing = editing;
        this.choices = editing.choices();
        setSizeFull();
        add(new H1(getTranslation("initiatives.title")), filters(), grid());
        addComponentAtIndex(1, PresenceBar.onPage("initiatives"));
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Initiative", "Area", "Actor"), batch -> refresh());
    }

    private FlexLayout filters() {
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        area.setItems(choices.areas());
        area.setItemLabelGenerator(Area::label);
        area.setClearButtonVisible(true);
        statuses.setItems(InitiativeStatus.values());
        statuses.setItemLabelGenerator(Labels::of);
        text.addValueChangeListener(change -> refresh());
        area.addValueChangeListener(change -> refresh());
        statuses.addValueChangeListener(change -> refresh());
        var add = new Button(getTranslation("initiatives.new"), VaadinIcon.PLUS.create(), click -> editing.openInitiative(null,
                new InitiativeData("", null, area.getValue() == null ? null : area.getValue().id(), null, Set.of(), Set.of(),
                        InitiativeStatus.ACTIVE, Validity.ALWAYS), saved -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("initiative-new");
        add.setVisible(editing.mayRegister());
        var bar = new FlexLayout(text, area, statuses, add);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<Initiative> grid() {
        grid.addColumn(Initiative::name).setHeader(getTranslation("field.name")).setSortable(true).setFlexGrow(3);
        grid.addColumn(item -> choices.areaName(item.areaId())).setHeader(getTranslation("field.areaId")).setSortable(true);
        grid.addColumn(item -> item.runById() == null || choices.actor(item.runById()) == null ? ""
                : choices.actor(item.runById()).name()).setHeader(getTranslation("field.runById")).setSortable(true).setFlexGrow(2);
        grid.addColumn(item -> Labels.of(item.status())).setHeader(getTranslation("field.status")).setSortable(true);
        grid.addColumn(item -> Labels.ofAll(item.targetGroups())).setHeader(getTranslation("field.targetGroups")).setFlexGrow(2);
        grid.addColumn(item -> facts.validity(item.validity())).setHeader(getTranslation("field.validity"));
        grid.addComponentColumn(item -> RecordLinks.inRow("initiatives/" + item.id() + "/impact", getTranslation("impact.link")))
                .setHeader(getTranslation("impact.link")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("initiatives.title"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                editing.openInitiative(change.getValue(), InitiativeEditing.dataOf(change.getValue()), saved -> refresh());
                grid.asSingleSelect().clear();
            }
        });
        return grid;
    }

    private void refresh() {
        choices = editing.choices();
        String wanted = text.getValue() == null ? "" : text.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(initiatives.list(area.getValue() == null ? null : area.getValue().id()).stream()
                .filter(item -> statuses.getValue().isEmpty() || statuses.getValue().contains(item.status()))
                .filter(item -> wanted.isEmpty() || item.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList());
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> {
            Initiative initiative = initiatives.find(id).orElseThrow(() -> new NotFoundException("Initiative", id));
            editing.openInitiative(initiative, InitiativeEditing.dataOf(initiative), saved -> refresh());
        });
    }
}
