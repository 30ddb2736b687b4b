package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.weefsel.actor.Actor;
import nl.weefsel.area.Area;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.coverage.AreaCoverage;
import nl.weefsel.coverage.Subject;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.Need;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignment;
import org.jspecify.annotations.Nullable;

/**
 * Who covers which role, discipline and target group in each area. A holder covers an area when it
 * is placed in the area or inside it (own), or in an area it lies in (inherited): a role by its
 * assignment's area, an offer by the actor's location and the areas it is active in, and by the
 * area of an active initiative it runs. An initiative without a runner is a holder of its own.
 */
public final class Coverage {

    /** Target groups a white spot can be about; "all residents" is not a group one can miss. */
    static final List<TargetGroup> GROUPS = Arrays.stream(TargetGroup.values())
            .filter(group -> group != TargetGroup.ALL_RESIDENTS).toList();

    /** White spots (most inhabitants first), then fewest holders per 10,000; areas without inhabitants last. */
    static final Comparator<AreaCoverage> WORST_COVERED_FIRST = Comparator
            .comparing((AreaCoverage c) -> Integer.valueOf(0).equals(c.area().population()))
            .thenComparing(c -> !c.isWhiteSpot())
            .thenComparing(c -> c.isWhiteSpot() ? c.area().population() : null, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(AreaCoverage::perTenThousand, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.area().name(), String.CASE_INSENSITIVE_ORDER);

    private record Placement(String holderKey, String holderName, String areaId) {
    }

    private final AreaTree tree;
    private final Holders holders;
    private final List<Subject> subjects = new ArrayList<>();
    private final Map<Subject, List<Placement>> placements = new HashMap<>();
    private final List<Need> unansweredNeeds;

    public Coverage(NetworkData data, AreaTree tree, Holders holders) {
        this.tree = tree;
        this.holders = holders;
        this.unansweredNeeds = data.needs().stream().filter(Need::isUnanswered).toList();
        data.roles().forEach(role -> subjects.add(Subject.role(role.key())));
        Arrays.stream(Discipline.values()).forEach(discipline -> subjects.add(Subject.of(discipline)));
        GROUPS.forEach(group -> subjects.add(Subject.of(group)));
        place(data);
    }

    public List<Subject> subjects() {
        return List.copyOf(subjects);
    }

    public List<Need> unansweredNeeds() {
        return unansweredNeeds;
    }

    public boolean isGap(String areaId, Subject subject) {
        Set<String> subtree = tree.selfAndDescendants(areaId);
        List<String> ancestors = tree.ancestors(areaId);
        return placements.getOrDefault(subject, List.of()).stream()
                .noneMatch(p -> subtree.contains(p.areaId()) || ancestors.contains(p.areaId()));
    }

    public AreaCoverage of(String areaId, Subject subject) {
        Area area = tree.get(areaId);
        Set<String> subtree = tree.selfAndDescendants(areaId);
        List<String> ancestors = tree.ancestors(areaId);
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, Placement> inherited = new LinkedHashMap<>();
        for (Placement p : placements.getOrDefault(subject, List.of())) {
            if (subtree.contains(p.areaId())) {
                own.putIfAbsent(p.holderKey(), p.holderName());
            } else if (ancestors.contains(p.areaId())) {
                // the nearest ancestor decides the weight
                inherited.merge(p.holderKey(), p, (a, b) -> ancestors.indexOf(b.areaId()) < ancestors.indexOf(a.areaId()) ? b : a);
            }
        }
        own.keySet().forEach(inherited::remove);
        double weighted = own.size() + inherited.values().stream().mapToDouble(p -> share(area, tree.get(p.areaId()))).sum();
        List<String> names = Stream.concat(own.values().stream(), inherited.values().stream().map(Placement::holderName))
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        Integer population = area.population();
        Double perTenThousand = population == null || population == 0 ? null : weighted * 10_000 / population;
        int gaps = (int) subjects.stream().filter(s -> isGap(areaId, s)).count();
        int greyZones = (int) holders.in(areaId).values().stream().filter(list -> list.size() > 1).count();
        return new AreaCoverage(tree.ref(areaId), subject, names, own.size(), inherited.size(), weighted, perTenThousand,
                gaps, unansweredIn(areaId).size(), greyZones);
    }

    /** Unanswered needs in the area or inside it that ask for the subject (all of them when {@code subject} is null). */
    public List<Need> unansweredIn(String areaId, @Nullable Subject subject) {
        return unansweredIn(areaId).stream().filter(need -> subject == null || asksFor(need, subject)).toList();
    }

    private List<Need> unansweredIn(String areaId) {
        Set<String> subtree = tree.selfAndDescendants(areaId);
        return unansweredNeeds.stream().filter(need -> subtree.contains(need.areaId())).toList();
    }

    private static boolean asksFor(Need need, Subject subject) {
        return switch (subject.kind()) {
            case ROLE -> false;
            case DISCIPLINE -> need.disciplines().stream().anyMatch(d -> d.name().equals(subject.key()));
            case TARGET_GROUP -> need.targetGroups().stream().anyMatch(g -> g.name().equals(subject.key()));
        };
    }

    /** An inherited holder counts with the area's share of the inhabitants of the area it is placed in. */
    private static double share(Area area, Area placedIn) {
        Integer population = area.population();
        Integer whole = placedIn.population();
        if (population == null || whole == null || whole == 0) {
            return 1;
        }
        return Math.min(1, (double) population / whole);
    }

    private void place(NetworkData data) {
        Map<String, Role> roles = data.rolesById();
        Map<String, Actor> actors = data.actorsById();
        for (RoleAssignment assignment : data.assignments()) {
            Role role = roles.get(assignment.roleId());
            Actor actor = actors.get(assignment.actorId());
            if (role != null && actor != null) {
                add(Subject.role(role.key()), new Placement(actor.id(), actor.name(), assignment.areaId()));
            }
        }
        for (Actor actor : data.actors()) {
            List<String> areas = new ArrayList<>(actor.activeInIds());
            if (actor.locatedInId() != null) {
                areas.add(actor.locatedInId());
            }
            for (String areaId : areas) {
                offers(actor.disciplines(), actor.targetGroups())
                        .forEach(subject -> add(subject, new Placement(actor.id(), actor.name(), areaId)));
            }
        }
        for (Initiative initiative : data.initiatives()) {
            Actor runner = initiative.runById() == null ? null : actors.get(initiative.runById());
            String key = runner == null ? initiative.id() : runner.id();
            String name = runner == null ? initiative.name() : runner.name();
            offers(initiative.disciplines(), initiative.targetGroups())
                    .forEach(subject -> add(subject, new Placement(key, name, initiative.areaId())));
        }
    }

    private static Stream<Subject> offers(Set<Discipline> disciplines, Set<TargetGroup> groups) {
        return Stream.concat(disciplines.stream().map(Subject::of),
                groups.stream().filter(GROUPS::contains).map(Subject::of));
    }

    private void add(Subject subject, Placement placement) {
        if (tree.find(placement.areaId()).isPresent()) {
            placements.computeIfAbsent(subject, key -> new ArrayList<>()).add(placement);
        }
    }
}
