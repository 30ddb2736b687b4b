package nl.weefsel.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the graph and table exports show, read through the features' services: the actors located
 * or active in the area (or all), the ties among them and the role assignments in the area — ended
 * ones included, since the files carry validity.
 */
@Component
class NetworkExtract {

    record Extract(@Nullable Area scope, List<Actor> actors, List<Partnership> ties, List<RoleAssignment> assignments,
                   Map<String, Area> areas, Map<String, Role> roles, Map<String, Actor> actorsById) {

        String areaName(@Nullable String id) {
            return id == null || !areas.containsKey(id) ? "" : areas.get(id).name();
        }

        String areaCode(@Nullable String id) {
            return id == null || !areas.containsKey(id) || areas.get(id).code() == null ? "" : areas.get(id).code();
        }

        String actorName(String id) {
            return actorsById.containsKey(id) ? actorsById.get(id).name() : "";
        }
    }

    private final ActorService actors;
    private final AreaService areas;
    private final PartnershipService partnerships;
    private final RoleAssignmentService assignments;
    private final RoleService roles;

    NetworkExtract(ActorService actors, AreaService areas, PartnershipService partnerships,
                   RoleAssignmentService assignments, RoleService roles) {
        this.actors = actors;
        this.areas = areas;
        this.partnerships = partnerships;
        this.assignments = assignments;
        this.roles = roles;
    }

    Extract read(@Nullable String areaCode) {
        Area scope = areaCode == null ? null : areas.findByCode(areaCode).orElseThrow(() -> new NotFoundException("Area", areaCode));
        String areaId = scope == null ? null : scope.id();
        List<Actor> selected = actors.list(new ActorFilter(null, Set.of(), areaId));
        Map<String, Actor> byId = selected.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        List<Partnership> ties = partnerships.all().stream()
                .filter(tie -> byId.containsKey(tie.fromActorId()) && byId.containsKey(tie.toActorId())).toList();
        List<RoleAssignment> held = assignments.list(new RoleAssignmentFilter(null, null, areaId, null));
        return new Extract(scope, selected, ties, held,
                areas.all().stream().collect(Collectors.toMap(Area::id, Function.identity())),
                roles.all().stream().collect(Collectors.toMap(Role::id, Function.identity())), byId);
    }
}
