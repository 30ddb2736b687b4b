package nl.weefsel.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.actor.ui.ActorEditing;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ui.FactTexts;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.ui.PartnershipEditing;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.role.ui.RoleAssignmentEditing;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * What the network knows about one actor as of a day: where it is, the roles it holds and its ties,
 * each with who asserted it, from which source and when — and buttons to edit any of them.
 */
@Component
@Scope("prototype")
class ActorPanel extends Div {

    private final ActorService actors;
    private final AreaService areas;
    private final RoleService roles;
    private final RoleAssignmentService assignments;
    private final PartnershipService partnerships;
    private final ActorEditing actorEditing;
    private final RoleAssignmentEditing roleEditing;
    private final PartnershipEditing tieEditing;
    private final NetworkPermissions permissions;
    private final FactTexts facts = new FactTexts(this);
    private @Nullable String shownId;

    ActorPanel(ActorService actors, AreaService areas, RoleService roles, RoleAssignmentService assignments,
               PartnershipService partnerships, ActorEditing actorEditing, RoleAssignmentEditing roleEditing,
               PartnershipEditing tieEditing, NetworkPermissions permissions) {
        this.permissions = permissions;
        this.actors = actors;
        this.areas = areas;
        this.roles = roles;
        this.assignments = assignments;
        this.partnerships = partnerships;
        this.actorEditing = actorEditing;
        this.roleEditing = roleEditing;
        this.tieEditing = tieEditing;
        addClassName("weefsel-details");
        setId("actor-details");
        getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("network.details.hint")));
    }

    void show(String actorId, LocalDate day) {
        shownId = actorId;
        removeAll();
        actors.find(actorId).ifPresentOrElse(actor -> render(actor, day),
                () -> add(new Paragraph(getTranslation("error.not-found"))));
    }

    /** Shows the same actor again, after someone changed the network. */
    void refresh(LocalDate day) {
        if (shownId != null) {
            show(shownId, day);
        }
    }

    private void render(Actor actor, LocalDate day) {
        var heading = new HorizontalLayout(new H3(actor.name()));
        if (permissions.mayEdit(actor)) {
            var edit = button(getTranslation("network.details.edit"), VaadinIcon.EDIT, () -> actorEditing.open(actor.id(), saved -> { }));
            edit.setId("actor-edit");
            heading.add(edit);
        }
        add(heading);
        add(new Span(Labels.of(actor.kind()) + (actor.schoolType() == null ? "" : " (" + Labels.of(actor.schoolType()) + ")")));
        if (actor.description() != null) {
            add(new Paragraph(actor.description()));
        }
        Set<String> areaIds = new HashSet<>(actor.activeInIds());
        if (actor.locatedInId() != null) {
            areaIds.add(actor.locatedInId());
        }
        Map<String, Area> areaById = areas.byIds(areaIds).stream().collect(Collectors.toMap(Area::id, Function.identity()));
        if (actor.locatedInId() != null && areaById.containsKey(actor.locatedInId())) {
            add(new Paragraph(getTranslation("actor.located-in") + ": " + areaById.get(actor.locatedInId()).label()));
        }
        if (!actor.activeInIds().isEmpty()) {
            add(new Paragraph(getTranslation("actor.active-in") + ": " + actor.activeInIds().stream().map(areaById::get)
                    .filter(Objects::nonNull).map(Area::name).sorted().collect(Collectors.joining(", "))));
        }
        renderRoles(actor, day);
        renderTies(actor, day);
    }

    private void renderRoles(Actor actor, LocalDate day) {
        List<RoleAssignment> held = assignments.list(new RoleAssignmentFilter(actor.id(), null, null, day));
        var heading = new HorizontalLayout(new H4(getTranslation("actor.roles", held.size())));
        if (permissions.mayAddRole(actor)) {
            heading.add(button(getTranslation("network.details.add-role"), VaadinIcon.PLUS, () -> roleEditing.openNew(actor.id(), saved -> { })));
        }
        add(heading);
        Map<String, Role> roleById = roles.all().stream().collect(Collectors.toMap(Role::id, Function.identity()));
        Map<String, Area> areaById = areas.byIds(held.stream().map(RoleAssignment::areaId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Area::id, Function.identity()));
        var list = new UnorderedList();
        for (RoleAssignment assignment : held) {
            String text = getTranslation("actor.role-line", roleById.get(assignment.roleId()).name(getLocale()),
                    areaById.get(assignment.areaId()).name(), Labels.of(assignment.basis()));
            list.add(line(text, facts.provenance(assignment.provenance()), permissions.mayEditRole(assignment.id())
                    ? button(getTranslation("network.details.edit-role", text), VaadinIcon.EDIT,
                            () -> roleEditing.open(assignment.id(), saved -> { }))
                    : null));
        }
        add(list);
    }

    private void renderTies(Actor actor, LocalDate day) {
        List<Partnership> ties = partnerships.ofActor(actor.id()).stream().filter(tie -> tie.validity().isCurrentOn(day)).toList();
        var heading = new HorizontalLayout(new H4(getTranslation("actor.ties", ties.size())));
        if (permissions.mayAddTie(actor)) {
            heading.add(button(getTranslation("network.details.add-tie"), VaadinIcon.PLUS, () -> tieEditing.openNew(actor.id(), null, saved -> { })));
        }
        add(heading);
        Set<String> otherIds = ties.stream().map(tie -> other(tie, actor)).collect(Collectors.toSet());
        Map<String, Actor> others = actors.byIds(otherIds).stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        var list = new UnorderedList();
        for (Partnership tie : ties) {
            String text = getTranslation("actor.tie-line", others.get(other(tie, actor)).name(), Labels.of(tie.kind()),
                    Labels.of(tie.intensity())) + (tie.isOneSided() ? " — " + getTranslation("tie.one-sided") : "");
            var item = line(text, facts.provenance(tie.provenance()), permissions.mayEditTie(tie.id())
                    ? button(getTranslation("network.details.edit-tie", text), VaadinIcon.EDIT, () -> tieEditing.open(tie.id(), saved -> { }))
                    : null);
            if (tieEditing.mayConfirm(tie)) {
                item.add(confirmButton(tie, text, actor.id(), day));
            }
            list.add(item);
        }
        add(list);
    }

    /** Confirms a one-sided tie for the other side; the drawing redraws it as confirmed when the change comes back. */
    private Button confirmButton(Partnership tie, String text, String actorId, LocalDate day) {
        var confirm = new Button(getTranslation("editing.confirm"), VaadinIcon.CHECK.create(), click -> {
            tieEditing.confirm(tie);
            Notification.show(getTranslation("editing.confirmed"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(actorId, day);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        confirm.setAriaLabel(getTranslation("network.details.confirm-tie", text));
        confirm.addClassName("weefsel-confirm-tie");
        return confirm;
    }

    private static String other(Partnership tie, Actor actor) {
        return tie.fromActorId().equals(actor.id()) ? tie.toActorId() : tie.fromActorId();
    }

    /** A fact with who asserted it, and its edit button when the user may edit it. */
    private static ListItem line(String text, String provenance, @Nullable Button edit) {
        var asserted = new Span(provenance);
        asserted.addClassName("weefsel-provenance");
        var words = new Div(new Span(text), new Div(asserted));
        var row = new HorizontalLayout(words);
        if (edit != null) {
            row.add(edit);
        }
        return new ListItem(row);
    }

    /** An icon button; its label is read out by screen readers and shown as a tooltip. */
    private static Button button(String label, VaadinIcon icon, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
