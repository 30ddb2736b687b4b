package nl.weefsel.coverage.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Audit;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedStatus;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;
import org.jspecify.annotations.Nullable;

/** Builds a {@link NetworkData} by hand, so each test states its network in a few lines. */
final class Fixture {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Audit AUDIT = new Audit(null, null, null, null);

    final List<Area> areas = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final List<RoleAssignment> assignments = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<Need> needs = new ArrayList<>();
    final List<Tie> ties = new ArrayList<>();

    String area(String id, AreaLevel level, @Nullable String parentId, @Nullable Integer population) {
        areas.add(new Area(id, level, null, id, population, population == null ? null : 2024, "CBS", parentId, 0, AUDIT));
        return id;
    }

    String actor(String id, ActorKind kind, @Nullable String locatedIn) {
        return actor(id, kind, locatedIn, Set.of(), Set.of());
    }

    String actor(String id, ActorKind kind, @Nullable String locatedIn, Set<Discipline> disciplines, Set<TargetGroup> groups) {
        actors.add(new Actor(id, id, kind, null, null, null, null, locatedIn, Set.of(), null, disciplines, groups, 0, AUDIT));
        return id;
    }

    String person(String id, String worksFor) {
        actors.add(new Actor(id, id, ActorKind.PERSON, null, null, null, null, null, Set.of(), worksFor, Set.of(), Set.of(), 0, AUDIT));
        return id;
    }

    String role(String key) {
        roles.add(new Role("role-" + key, key, key + " (nl)", key + " (en)", "", "", 0));
        return key;
    }

    void assign(String actorId, String roleKey, String areaId, AssignmentBasis basis) {
        assignments.add(new RoleAssignment("ra-" + assignments.size(), actorId, "role-" + roleKey, areaId, basis,
                Validity.ALWAYS, new Provenance("test", "fixture", Instant.EPOCH), null, 0, AUDIT));
    }

    void initiative(String id, String areaId, @Nullable String runBy, Set<Discipline> disciplines, Set<TargetGroup> groups) {
        initiatives.add(new Initiative(id, id, null, areaId, runBy, groups, disciplines, InitiativeStatus.ACTIVE,
                Validity.ALWAYS, 0, AUDIT));
    }

    void need(String id, String areaId, Set<Discipline> disciplines, Set<TargetGroup> groups, @Nullable LocalDate heardOn) {
        needs.add(new Need(id, id, null, areaId, groups, disciplines, NeedStatus.OPEN, heardOn, Set.of(), Set.of(), 0, AUDIT));
    }

    void answeredNeed(String id, String areaId, String initiativeId) {
        needs.add(new Need(id, id, null, areaId, Set.of(), Set.of(), NeedStatus.OPEN, null, Set.of(initiativeId), Set.of(), 0, AUDIT));
    }

    void tie(String a, String b) {
        tie(a, b, false, false);
    }

    /** A tie with the facts the network records about it: an agreement in writing, a fixed contact person. */
    void tie(String a, String b, boolean writtenAgreement, boolean fixedContactPerson) {
        ties.add(new Tie("tie-" + a + "-" + b, a, b, TieKind.COLLABORATION, writtenAgreement, fixedContactPerson));
    }

    NetworkData data() {
        return new NetworkData(DAY, areas, actors, roles, assignments, initiatives, needs,
                NetworkData.withAffiliations(ties, actors));
    }

    CoverageComputation computation() {
        return new CoverageComputation(data(), NetworkStructure.standard());
    }
}
