package nl.weefsel.actor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.PresenceBar;

/** All actors in a searchable list: by name, kind and area; pick one to edit it, or add one. */
@Route("actors")
@PageTitle("Weefsel")
@Menu(title = "nav.actors", order = 2, icon = "vaadin:users")
@PermitAll
class ActorListView extends VerticalLayout implements BeforeEnterObserver {

    private final ActorService actors;
    private final ActorEditing editing;
    private final Grid<Actor> grid = new Grid<>(Actor.class, false);
    private final TextField text = new TextField();
    private final MultiSelectComboBox<ActorKind> kinds = new MultiSelectComboBox<>();
    private final ComboBox<Area> area = new ComboBox<>();
    private final Map<String, Area> areaById;

    ActorListView(ActorService actors, AreaService areas, ActorEditing editing, ChangeBroadcaster changes) {
        this.actors = actors;
        this.editing = editing;
        this.areaById = areas.all().stream().collect(Collectors.toMap(Area::id, Function.identity()));
        setSizeFull();
        add(new H1(getTranslation("actors.title")), filters(), grid());
        addComponentAtIndex(1, PresenceBar.onPage("actors"));
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Actor", "Area"), batch -> refresh());
    }

    private FlexLayout filters() {
        text.setLabel(getTranslation("actors.filter.name"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        kinds.setLabel(getTranslation("network.filter.kinds"));
        kinds.setItems(ActorKind.values());
        kinds.setItemLabelGenerator(Labels::of);
        area.setLabel(getTranslation("network.filter.area"));
        area.setItems(areaById.values().stream().sorted(Comparator.comparing(Area::name)).toList());
        area.setItemLabelGenerator(Area::label);
        area.setClearButtonVisible(true);
        text.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> refresh());
        area.addValueChangeListener(change -> refresh());
        var add = new Button(getTranslation("actors.new"), VaadinIcon.PLUS.create(), click -> editing.openNew(saved -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("actor-new");
        add.setVisible(editing.mayCreate());
        var bar = new FlexLayout(text, kinds, area, add);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<Actor> grid() {
        grid.addColumn(Actor::name).setHeader(getTranslation("actor.name")).setSortable(true).setFlexGrow(3)
                .setComparator(actor -> actor.name().toLowerCase());
        grid.addColumn(actor -> Labels.of(actor.kind())).setHeader(getTranslation("actor.kind")).setSortable(true);
        grid.addColumn(actor -> actor.locatedInId() == null || !areaById.containsKey(actor.locatedInId())
                ? "" : areaById.get(actor.locatedInId()).name()).setHeader(getTranslation("actor.located-in")).setSortable(true);
        grid.addColumn(actor -> Labels.ofAll(actor.disciplines())).setHeader(getTranslation("actor.disciplines")).setFlexGrow(2);
        grid.setSizeFull();
        grid.setAriaLabel(getTranslation("actors.title"));
        grid.setId("actor-grid");
        // Selecting a row, by click or with the keyboard (space), opens it.
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                editing.open(change.getValue().id(), saved -> refresh());
                grid.asSingleSelect().clear();
            }
        });
        return grid;
    }

    private void refresh() {
        grid.setItems(actors.list(new ActorFilter(text.getValue(), kinds.getValue(),
                area.getValue() == null ? null : area.getValue().id())));
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> editing.open(id, saved -> refresh()));
    }
}
