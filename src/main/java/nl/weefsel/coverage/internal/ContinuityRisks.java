package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.ContinuityRisk;
import nl.weefsel.coverage.ContinuityRiskKind;
import nl.weefsel.role.Role;
import org.jspecify.annotations.Nullable;

/**
 * Finds continuity risks in the network of actors and their current ties (one-sided ties and
 * people's affiliations included): articulation points, bridges between two groups, schools whose
 * ties all run to one actor, schools without a tie to an out-of-school provider, and actors in a
 * closed circle.
 */
public final class ContinuityRisks {

    /** The role whose holders are out-of-school providers (besides runners of active initiatives). */
    public static final String OUT_OF_SCHOOL_ROLE = "OUT_OF_SCHOOL_EDUCATION";
    /** High constraint: at least this many contacts … */
    public static final int CONSTRAINT_MIN_CONTACTS = 3;
    /** … and a constraint of at least this (a closed triangle gives 1.125, three unrelated contacts 0.33). */
    public static final double CONSTRAINT_THRESHOLD = 0.5;

    /** The most actors cut off first; then by kind, by constraint and by name. */
    public static final Comparator<ContinuityRisk> RANKING = Comparator
            .comparing((ContinuityRisk risk) -> risk.cutOff().size(), Comparator.reverseOrder())
            .thenComparing(ContinuityRisk::kind)
            .thenComparing(risk -> risk.constraint() == null ? 0 : risk.constraint(), Comparator.reverseOrder())
            .thenComparing(risk -> risk.actor().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(risk -> risk.other() == null ? "" : risk.other().name(), String.CASE_INSENSITIVE_ORDER);

    private final NetworkData data;
    private final ActorGraph graph;
    private final NetworkStructure.Metrics metrics;

    public ContinuityRisks(NetworkData data, NetworkStructure structure) {
        this.data = data;
        this.graph = new ActorGraph(data);
        this.metrics = structure.analyse(graph.nodes(), graph.edges());
    }

    ActorGraph graph() {
        return graph;
    }

    NetworkStructure.Metrics metrics() {
        return metrics;
    }

    public List<ContinuityRisk> risks() {
        List<ContinuityRisk> risks = new ArrayList<>();
        metrics.articulationPoints().forEach(id -> risks.add(risk(ContinuityRiskKind.ARTICULATION_POINT, id, null, null,
                graph.cutOffWithout(id), null)));
        for (List<String> bridge : metrics.bridges()) {
            String a = bridge.get(0);
            String b = bridge.get(1);
            List<String> tieIds = graph.tieIds(a, b);
            // A tie to an actor without other ties is listed with its articulation point; two ties are no bridge.
            if (graph.neighbours(a).size() > 1 && graph.neighbours(b).size() > 1 && tieIds.size() == 1) {
                risks.add(risk(ContinuityRiskKind.BRIDGE, a, b, tieIds.getFirst(), graph.cutOffWithout(a, b), null));
            }
        }
        Set<String> providers = outOfSchoolSide();
        for (Actor school : data.actors().stream().filter(actor -> actor.kind().isSchool()).toList()) {
            Set<String> links = graph.neighbours(school.id());
            if (links.size() == 1) {
                String link = links.iterator().next();
                risks.add(risk(ContinuityRiskKind.SCHOOL_SINGLE_LINK, school.id(), link, graph.tieIds(school.id(), link).getFirst(),
                        List.of(school.id()), null));
            }
            if (!tiedToProvider(school, providers)) {
                risks.add(risk(ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE, school.id(), null, null, List.of(school.id()), null));
            }
        }
        metrics.constraint().forEach((id, constraint) -> {
            if (graph.neighbours(id).size() >= CONSTRAINT_MIN_CONTACTS && constraint >= CONSTRAINT_THRESHOLD) {
                risks.add(risk(ContinuityRiskKind.HIGH_CONSTRAINT, id, null, null, List.of(), constraint));
            }
        });
        risks.sort(RANKING);
        return risks;
    }

    /** Holders of the out-of-school role and runners of active initiatives, with the people who work for them. */
    private Set<String> outOfSchoolSide() {
        Set<String> roleIds = new HashSet<>();
        data.roles().stream().filter(role -> role.key().equals(OUT_OF_SCHOOL_ROLE)).map(Role::id).forEach(roleIds::add);
        Set<String> providers = new HashSet<>();
        data.assignments().stream().filter(a -> roleIds.contains(a.roleId())).forEach(a -> providers.add(a.actorId()));
        data.initiatives().stream().filter(i -> i.runById() != null).forEach(i -> providers.add(i.runById()));
        data.actors().stream().filter(actor -> actor.affiliationId() != null && providers.contains(actor.affiliationId()))
                .forEach(actor -> providers.add(actor.id()));
        return providers;
    }

    /** A tie from the school, or from someone working for it, to a provider. */
    private boolean tiedToProvider(Actor school, Set<String> providers) {
        Set<String> schoolSide = new HashSet<>(Set.of(school.id()));
        data.actors().stream().filter(actor -> school.id().equals(actor.affiliationId())).forEach(actor -> schoolSide.add(actor.id()));
        return schoolSide.stream().flatMap(id -> graph.neighbours(id).stream())
                .anyMatch(neighbour -> providers.contains(neighbour) && !schoolSide.contains(neighbour));
    }

    private ContinuityRisk risk(ContinuityRiskKind kind, String actorId, @Nullable String otherId, @Nullable String tieId,
                                List<String> cutOff, @Nullable Double constraint) {
        Set<String> involved = new LinkedHashSet<>(List.of(actorId));
        if (otherId != null) {
            involved.add(otherId);
        }
        involved.addAll(cutOff);
        return new ContinuityRisk(kind, ref(actorId), otherId == null ? null : ref(otherId), tieId,
                cutOff.stream().map(this::ref).toList(), constraint, areasOf(involved));
    }

    private ActorRef ref(String actorId) {
        return ActorRef.of(graph.actor(actorId));
    }

    private List<String> areasOf(Collection<String> actorIds) {
        Set<String> areas = new LinkedHashSet<>();
        for (String id : actorIds) {
            Actor actor = graph.actor(id);
            if (actor.locatedInId() != null) {
                areas.add(actor.locatedInId());
            }
            areas.addAll(actor.activeInIds().stream().sorted().toList());
        }
        return List.copyOf(areas);
    }
}
