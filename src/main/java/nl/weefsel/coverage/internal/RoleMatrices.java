package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.Holder;
import nl.weefsel.coverage.RoleMatrix;
import nl.weefsel.coverage.RoleOverlap;
import nl.weefsel.coverage.RoleRef;
import nl.weefsel.role.Role;

/** Builds the role × actor matrix of one area and the overlap of the actors' role sets there. */
public final class RoleMatrices {

    private final NetworkData data;
    private final AreaTree tree;
    private final Holders holders;

    public RoleMatrices(NetworkData data, AreaTree tree, Holders holders) {
        this.data = data;
        this.tree = tree;
        this.holders = holders;
    }

    public RoleMatrix of(String areaId) {
        Map<String, List<Holder>> here = holders.in(areaId);
        List<RoleMatrix.Row> rows = new ArrayList<>();
        Map<String, ActorRef> actors = new LinkedHashMap<>();
        Map<String, Set<RoleRef>> rolesOfActor = new LinkedHashMap<>();
        for (Role role : data.roles().stream().sorted(Comparator.comparing(Role::nameNl, String.CASE_INSENSITIVE_ORDER)).toList()) {
            List<Holder> roleHolders = here.getOrDefault(role.id(), List.of());
            rows.add(new RoleMatrix.Row(RoleRef.of(role), roleHolders,
                    roleHolders.size() > 1 ? GreyZones.severity(roleHolders) : null));
            for (Holder holder : roleHolders) {
                actors.put(holder.actor().id(), holder.actor());
                rolesOfActor.computeIfAbsent(holder.actor().id(), key -> new HashSet<>()).add(RoleRef.of(role));
            }
        }
        List<ActorRef> sortedActors = actors.values().stream()
                .sorted(Comparator.comparing(ActorRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new RoleMatrix(tree.ref(areaId), rows, sortedActors, overlaps(sortedActors, rolesOfActor));
    }

    private static List<RoleOverlap> overlaps(List<ActorRef> actors, Map<String, Set<RoleRef>> rolesOfActor) {
        List<RoleOverlap> overlaps = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                Set<RoleRef> first = rolesOfActor.get(actors.get(i).id());
                Set<RoleRef> second = rolesOfActor.get(actors.get(j).id());
                Set<RoleRef> shared = new HashSet<>(first);
                shared.retainAll(second);
                if (!shared.isEmpty()) {
                    Set<RoleRef> union = new HashSet<>(first);
                    union.addAll(second);
                    overlaps.add(new RoleOverlap(actors.get(i), actors.get(j),
                            shared.stream().sorted(Comparator.comparing(RoleRef::nameNl)).toList(),
                            (double) shared.size() / union.size()));
                }
            }
        }
        overlaps.sort(Comparator.comparing((RoleOverlap overlap) -> overlap.shared().size()).reversed()
                .thenComparing(RoleOverlap::jaccard, Comparator.reverseOrder()));
        return overlaps;
    }
}
