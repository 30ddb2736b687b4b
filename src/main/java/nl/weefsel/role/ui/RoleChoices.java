package nl.weefsel.role.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleService;
import org.jspecify.annotations.Nullable;

/** The actors, roles and areas to choose from, read once, and looked up by id. */
record RoleChoices(List<Actor> actors, List<Role> roles, List<Area> areas,
                   Map<String, Actor> actorById, Map<String, Role> roleById, Map<String, Area> areaById) {

    static RoleChoices load(ActorService actors, RoleService roles, AreaService areas) {
        List<Actor> allActors = actors.list(ActorFilter.ALL);
        List<Role> allRoles = roles.all();
        List<Area> allAreas = areas.all().stream().sorted(Comparator.comparing(Area::name)).toList();
        return new RoleChoices(allActors, allRoles, allAreas,
                allActors.stream().collect(Collectors.toMap(Actor::id, Function.identity())),
                allRoles.stream().collect(Collectors.toMap(Role::id, Function.identity())),
                allAreas.stream().collect(Collectors.toMap(Area::id, Function.identity())));
    }

    @Nullable Actor actor(@Nullable String id) {
        return id == null ? null : actorById.get(id);
    }

    @Nullable Role role(@Nullable String id) {
        return id == null ? null : roleById.get(id);
    }

    @Nullable Area area(@Nullable String id) {
        return id == null ? null : areaById.get(id);
    }

    String actorName(String id) {
        Actor actor = actorById.get(id);
        return actor == null ? id : actor.name();
    }

    String areaName(String id) {
        Area area = areaById.get(id);
        return area == null ? id : area.name();
    }
}
