package nl.weefsel.coverage.ui;

import static nl.weefsel.coverage.ui.FieldList.label;
import static nl.weefsel.coverage.ui.FieldList.labels;
import static nl.weefsel.coverage.ui.FieldList.t;
import static nl.weefsel.coverage.ui.FieldList.validity;
import static nl.weefsel.coverage.ui.FieldList.yes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import org.springframework.context.annotation.Scope;

/** The fields of one record as a description list, with links to the records it refers to. */
@org.springframework.stereotype.Component
@Scope("prototype")
class RecordDetails {

    private final ActorService actors;
    private final AreaService areas;
    private final RoleService roles;
    private final RoleAssignmentService assignments;
    private final PartnershipService ties;
    private final NeedService needs;

    RecordDetails(ActorService actors, AreaService areas, RoleService roles, RoleAssignmentService assignments,
                  PartnershipService ties, NeedService needs) {
        this.actors = actors;
        this.areas = areas;
        this.roles = roles;
        this.assignments = assignments;
        this.ties = ties;
        this.needs = needs;
    }

    Optional<Component> of(String kind, String id) {
        return switch (kind) {
            case Records.ACTOR -> actors.find(id).map(this::actor);
            case Records.AREA -> areas.find(id).map(this::area);
            case Records.ASSIGNMENT -> assignments.find(id).map(this::assignment);
            case Records.TIE -> ties.find(id).map(this::tie);
            case Records.NEED -> needs.find(id).map(this::need);
            default -> Optional.empty();
        };
    }

    private Component actor(Actor actor) {
        return new FieldList("actor-record")
                .text("name", actor.name())
                .text("kind", label(actor.kind()) + (actor.schoolType() == null ? "" : " (" + actor.schoolType() + ")"))
                .value("located-in", actor.locatedInId() == null ? new Span() : areaLink(actor.locatedInId()))
                .value("active-in", Records.links(actor.activeInIds().stream().map(this::areaLink).toArray(RouterLink[]::new)))
                .value("works-for", actor.affiliationId() == null ? new Span() : actorLink(actor.affiliationId()))
                .text("disciplines", labels(actor.disciplines()))
                .text("target-groups", labels(actor.targetGroups()))
                .value("roles", Records.links(assignments.list(RoleAssignmentFilter.ofActor(actor.id())).stream()
                        .map(a -> Records.link(roleName(a.roleId()) + " · " + areaName(a.areaId()), Records.ASSIGNMENT, a.id()))
                        .toArray(RouterLink[]::new)))
                .value("ties", Records.links(ties.ofActor(actor.id()).stream().map(tie -> Records.link(
                        actorName(tie.fromActorId().equals(actor.id()) ? tie.toActorId() : tie.fromActorId()), Records.TIE, tie.id()))
                        .toArray(RouterLink[]::new)))
                .text("description", actor.description())
                .text("id", actor.id());
    }

    private Component area(Area area) {
        return new FieldList("area-record")
                .text("name", area.name())
                .text("code", area.code())
                .text("level", label(area.level()))
                .text("population", area.population() == null ? "" : t("coverage.record.population", area.population(),
                        String.valueOf(area.populationYear()), String.valueOf(area.populationSource())))
                .value("lies-in", area.parentId() == null ? new Span() : areaLink(area.parentId()))
                .text("id", area.id());
    }

    private Component assignment(RoleAssignment assignment) {
        return new FieldList("assignment-record")
                .value("actor", actorLink(assignment.actorId()))
                .text("role", roleName(assignment.roleId()))
                .value("area", areaLink(assignment.areaId()))
                .text("basis", label(assignment.basis()))
                .text("validity", validity(assignment.validity()))
                .text("source", assignment.provenance().source())
                .text("asserted", t("coverage.record.asserted", assignment.provenance().assertedBy(), when(assignment.provenance().assertedAt())))
                .text("note", assignment.note())
                .text("id", assignment.id());
    }

    private Component tie(Partnership tie) {
        return new FieldList("tie-record")
                .value("from", actorLink(tie.fromActorId()))
                .value("to", actorLink(tie.toActorId()))
                .text("kind", label(tie.kind()) + " · " + label(tie.intensity()))
                .text("agreements", t("coverage.record.agreements", yes(tie.writtenAgreement()), yes(tie.fixedContactPerson()), yes(tie.confirmed())))
                .text("validity", validity(tie.validity()))
                .text("source", tie.provenance().source())
                .text("asserted", t("coverage.record.asserted", tie.provenance().assertedBy(), when(tie.provenance().assertedAt())))
                .text("note", tie.note())
                .text("id", tie.id());
    }

    private Component need(Need need) {
        return new FieldList("need-record")
                .text("title", need.title())
                .value("area", areaLink(need.areaId()))
                .text("status", label(need.status()) + (need.heardOn() == null ? "" : " · " + t("coverage.record.heard-on", need.heardOn().toString())))
                .text("disciplines", labels(need.disciplines()))
                .text("target-groups", labels(need.targetGroups()))
                .value("answered-by", Records.links(need.answeredByActorIds().stream().map(this::actorLink).toArray(RouterLink[]::new)))
                .text("description", need.description())
                .text("id", need.id());
    }

    private static String when(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault()).format(instant);
    }

    private RouterLink areaLink(String id) {
        return Records.link(areaName(id), Records.AREA, id);
    }

    private RouterLink actorLink(String id) {
        return Records.link(actorName(id), Records.ACTOR, id);
    }

    private String areaName(String id) {
        return areas.find(id).map(Area::label).orElse(id);
    }

    private String actorName(String id) {
        return actors.find(id).map(Actor::name).orElse(id);
    }

    private String roleName(String id) {
        return roles.find(id).map(role -> role.name(UI.getCurrent().getLocale())).orElse(id);
    }
}
