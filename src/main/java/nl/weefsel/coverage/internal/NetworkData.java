package nl.weefsel.coverage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.area.Area;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.Need;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;

/**
 * The network as coverage reads it, as of one day: every area, actor and role, and the role
 * assignments, active initiatives, open needs and ties that are current that day. Plain data, so
 * the finders can be tested without a database.
 */
public record NetworkData(LocalDate day, List<Area> areas, List<Actor> actors, List<Role> roles,
                          List<RoleAssignment> assignments, List<Initiative> initiatives, List<Need> needs,
                          List<Tie> ties) {

    public NetworkData {
        areas = List.copyOf(areas);
        actors = List.copyOf(actors);
        roles = List.copyOf(roles);
        assignments = List.copyOf(assignments);
        initiatives = List.copyOf(initiatives);
        needs = List.copyOf(needs);
        ties = List.copyOf(ties);
    }

    /** The partnerships as given plus one affiliation tie per person who works for an organisation. */
    public static List<Tie> withAffiliations(List<Tie> partnerships, List<Actor> actors) {
        List<Tie> ties = new ArrayList<>(partnerships);
        actors.stream().filter(actor -> actor.affiliationId() != null)
                .forEach(actor -> ties.add(Tie.affiliation(actor.id(), actor.affiliationId())));
        return ties;
    }

    public Map<String, Actor> actorsById() {
        return actors.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    }

    public Map<String, Role> rolesById() {
        return roles.stream().collect(Collectors.toMap(Role::id, Function.identity()));
    }
}
