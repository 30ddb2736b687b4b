package nl.weefsel.network.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** What the network knows about one actor: where it is, the roles it holds and its ties, as of a day. */
@Component
@Scope("prototype")
class ActorPanel extends Div {

    private final ActorService actors;
    private final AreaService areas;
    private final RoleService roles;
    private final RoleAssignmentService assignments;
    private final PartnershipService partnerships;

    ActorPanel(ActorService actors, AreaService areas, RoleService roles, RoleAssignmentService assignments,
               PartnershipService partnerships) {
        this.actors = actors;
        this.areas = areas;
        this.roles = roles;
        this.assignments = assignments;
        this.partnerships = partnerships;
        addClassName("weefsel-details");
        setId("actor-details");
        getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("network.details.hint")));
    }

    void show(String actorId, LocalDate day) {
        removeAll();
        actors.find(actorId).ifPresentOrElse(actor -> render(actor, day),
                () -> add(new Paragraph(getTranslation("error.not-found"))));
    }

    private void render(Actor actor, LocalDate day) {
        add(new H3(actor.name()));
        String kind = Labels.of(actor.kind()) + (actor.schoolType() == null ? "" : " (" + actor.schoolType() + ")");
        add(new Span(kind));
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
            add(new Paragraph(getTranslation("actor.active-in") + ": " + actor.activeInIds().stream()
                    .map(areaById::get).filter(java.util.Objects::nonNull).map(Area::name).sorted()
                    .collect(Collectors.joining(", "))));
        }
        renderRoles(actor, day);
        renderTies(actor, day);
    }

    private void renderRoles(Actor actor, LocalDate day) {
        List<RoleAssignment> held = assignments.list(new RoleAssignmentFilter(actor.id(), null, null, day));
        add(new H4(getTranslation("actor.roles", held.size())));
        if (held.isEmpty()) {
            return;
        }
        Map<String, Role> roleById = roles.all().stream().collect(Collectors.toMap(Role::id, Function.identity()));
        Map<String, Area> areaById = areas.byIds(held.stream().map(RoleAssignment::areaId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Area::id, Function.identity()));
        var list = new UnorderedList();
        for (RoleAssignment assignment : held) {
            String text = getTranslation("actor.role-line", roleById.get(assignment.roleId()).name(getLocale()),
                    areaById.get(assignment.areaId()).name(), Labels.of(assignment.basis()));
            list.add(new ListItem(text));
        }
        add(list);
    }

    private void renderTies(Actor actor, LocalDate day) {
        List<Partnership> ties = partnerships.ofActor(actor.id()).stream().filter(tie -> tie.validity().isCurrentOn(day)).toList();
        add(new H4(getTranslation("actor.ties", ties.size())));
        if (ties.isEmpty()) {
            return;
        }
        Set<String> otherIds = ties.stream().map(tie -> tie.fromActorId().equals(actor.id()) ? tie.toActorId() : tie.fromActorId())
                .collect(Collectors.toSet());
        Map<String, Actor> others = actors.byIds(otherIds).stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        var list = new UnorderedList();
        for (Partnership tie : ties) {
            String other = others.get(tie.fromActorId().equals(actor.id()) ? tie.toActorId() : tie.fromActorId()).name();
            String text = getTranslation("actor.tie-line", other, Labels.of(tie.kind()), Labels.of(tie.intensity()));
            var item = new ListItem(text);
            if (tie.isOneSided()) {
                item.add(new Span(" — " + getTranslation("tie.one-sided")));
            }
            list.add(item);
        }
        add(list);
    }
}
