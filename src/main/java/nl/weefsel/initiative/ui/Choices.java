package nl.weefsel.initiative.ui;

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
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeService;
import org.jspecify.annotations.Nullable;

/** The areas, actors and initiatives an initiative or need can refer to, read once and looked up by id. */
record Choices(List<Area> areas, List<Actor> actors, List<Initiative> initiatives,
               Map<String, Area> areaById, Map<String, Actor> actorById, Map<String, Initiative> initiativeById) {

    static Choices load(AreaService areas, ActorService actors, InitiativeService initiatives) {
        List<Area> allAreas = areas.all().stream().sorted(Comparator.comparing(Area::name)).toList();
        List<Actor> allActors = actors.list(ActorFilter.ALL);
        List<Initiative> allInitiatives = initiatives.list(null);
        return new Choices(allAreas, allActors, allInitiatives,
                allAreas.stream().collect(Collectors.toMap(Area::id, Function.identity())),
                allActors.stream().collect(Collectors.toMap(Actor::id, Function.identity())),
                allInitiatives.stream().collect(Collectors.toMap(Initiative::id, Function.identity())));
    }

    @Nullable Area area(@Nullable String id) {
        return id == null ? null : areaById.get(id);
    }

    @Nullable Actor actor(@Nullable String id) {
        return id == null ? null : actorById.get(id);
    }

    @Nullable Initiative initiative(@Nullable String id) {
        return id == null ? null : initiativeById.get(id);
    }

    String areaName(@Nullable String id) {
        Area area = area(id);
        return area == null ? "" : area.name();
    }
}
