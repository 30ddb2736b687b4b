package nl.weefsel.role.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.FactTexts;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.PresenceBar;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;

/** Who holds which role in which area, on what basis, since when — and who says so. */
@Route("roles")
@PageTitle("Weefsel")
@Menu(title = "nav.roles", order = 3, icon = "vaadin:sitemap")
@PermitAll
class RoleAssignmentListView extends VerticalLayout implements BeforeEnterObserver {

    private final RoleAssignmentService assignments;
    private final RoleAssignmentEditing editing;
    private final ActorService actorService;
    private final RoleService roleService;
    private final AreaService areaService;
    private final FactTexts facts = new FactTexts(this);
    private final Grid<RoleAssignment> grid = new Grid<>();
    private final ComboBox<Actor> actor = new ComboBox<>(getTranslation("field.actorId"));
    private final ComboBox<Role> role = new ComboBox<>(getTranslation("field.roleId"));
    private final ComboBox<Area> area = new ComboBox<>(getTranslation("field.areaId"));
    private final DatePicker currentOn = new DatePicker(getTranslation("filter.current-on"));
    private RoleChoices names;

    RoleAssignmentListView(RoleAssignmentService assignments, RoleAssignmentEditing editing, ActorService actors,
                           RoleService roles, AreaService areas, ChangeBroadcaster changes) {
        this.assignments = assignments;
        this.editing = editing;
        this.actorService = actors;
        this.roleService = roles;
        this.areaService = areas;
        this.names = RoleChoices.load(actors, roles, areas);
        setSizeFull();
        add(new H1(getTranslation("roles.title")), filters(), grid());
        addComponentAtIndex(1, PresenceBar.onPage("roles"));
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("RoleAssignment", "Actor", "Area", "Role"), batch -> refresh());
    }

    private FlexLayout filters() {
        actor.setItems(names.actors());
        actor.setItemLabelGenerator(Actor::name);
        role.setItems(names.roles());
        role.setItemLabelGenerator(item -> item.name(getLocale()));
        area.setItems(names.areas());
        area.setItemLabelGenerator(Area::label);
        currentOn.setLocale(getLocale());
        currentOn.setHelperText(getTranslation("filter.current-on.hint"));
        for (var field : java.util.List.of(actor, role, area)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(change -> refresh());
        }
        currentOn.setClearButtonVisible(true);
        currentOn.addValueChangeListener(change -> refresh());
        var add = new Button(getTranslation("roles.new"), VaadinIcon.PLUS.create(),
                click -> editing.openNew(actor.getValue() == null ? null : actor.getValue().id(), saved -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("assignment-new");
        add.setVisible(editing.mayCreate());
        var bar = new FlexLayout(actor, role, area, currentOn, add);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<RoleAssignment> grid() {
        grid.addColumn(item -> names.actorName(item.actorId())).setHeader(getTranslation("field.actorId")).setSortable(true).setFlexGrow(2);
        grid.addColumn(item -> names.role(item.roleId()) == null ? "" : names.role(item.roleId()).name(getLocale()))
                .setHeader(getTranslation("field.roleId")).setSortable(true).setFlexGrow(2);
        grid.addColumn(item -> names.areaName(item.areaId())).setHeader(getTranslation("field.areaId")).setSortable(true);
        grid.addColumn(item -> Labels.of(item.basis())).setHeader(getTranslation("field.basis")).setSortable(true);
        grid.addColumn(item -> facts.validity(item.validity())).setHeader(getTranslation("field.validity"));
        grid.addColumn(item -> facts.provenance(item.provenance())).setHeader(getTranslation("field.provenance")).setFlexGrow(2);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("roles.title"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                editing.open(change.getValue().id(), saved -> refresh());
                grid.asSingleSelect().clear();
            }
        });
        return grid;
    }

    private void refresh() {
        names = RoleChoices.load(actorService, roleService, areaService);
        grid.setItems(assignments.list(new RoleAssignmentFilter(actor.getValue() == null ? null : actor.getValue().id(),
                role.getValue() == null ? null : role.getValue().id(), area.getValue() == null ? null : area.getValue().id(),
                currentOn.getValue())));
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> editing.open(id, saved -> refresh()));
    }
}
