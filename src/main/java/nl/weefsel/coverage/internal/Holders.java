package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.actor.Actor;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.Holder;
import nl.weefsel.role.RoleAssignment;

/**
 * Who holds which role in an area: the current assignments made for the area itself and for every
 * area it lies in (a municipality-wide assignment counts in each of its wijken). An actor with
 * several assignments of one role holds it on its strongest basis, from the nearest area.
 */
public final class Holders {

    static final Comparator<Holder> STRONGEST_FIRST = Comparator.comparing(Holder::basis)
            .thenComparing(holder -> holder.actor().name(), String.CASE_INSENSITIVE_ORDER);

    private final AreaTree tree;
    private final Map<String, Actor> actors;
    private final Map<String, List<RoleAssignment>> byArea = new HashMap<>();

    public Holders(NetworkData data, AreaTree tree) {
        this.tree = tree;
        this.actors = data.actorsById();
        data.assignments().forEach(assignment ->
                byArea.computeIfAbsent(assignment.areaId(), key -> new ArrayList<>()).add(assignment));
    }

    /** Per role id: its holders in the area, strongest basis first. */
    public Map<String, List<Holder>> in(String areaId) {
        List<String> chain = new ArrayList<>();
        chain.add(areaId);
        chain.addAll(tree.ancestors(areaId));
        Map<String, Map<String, Holder>> byRoleAndActor = new LinkedHashMap<>();
        for (String assignedIn : chain) {
            for (RoleAssignment assignment : byArea.getOrDefault(assignedIn, List.of())) {
                Actor actor = actors.get(assignment.actorId());
                if (actor == null) {
                    continue;
                }
                Holder candidate = new Holder(ActorRef.of(actor), assignment.basis(), tree.ref(assignedIn),
                        !assignedIn.equals(areaId), assignment.validity(), assignment.id(), assignment.provenance().source());
                // Nearer areas come first in the chain, so only a strictly stronger basis replaces a holder.
                byRoleAndActor.computeIfAbsent(assignment.roleId(), key -> new LinkedHashMap<>())
                        .merge(actor.id(), candidate, (kept, next) -> next.basis().compareTo(kept.basis()) < 0 ? next : kept);
            }
        }
        Map<String, List<Holder>> result = new LinkedHashMap<>();
        byRoleAndActor.forEach((roleId, holders) ->
                result.put(roleId, holders.values().stream().sorted(STRONGEST_FIRST).toList()));
        return result;
    }
}
