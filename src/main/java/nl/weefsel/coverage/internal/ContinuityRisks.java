package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.ContinuityRisk;
import nl.weefsel.coverage.ContinuityRiskKind;
import nl.weefsel.role.Role;
import org.jspecify.annotations.Nullable;

/**
 * Finds continuity risks in the network of actors and their current ties (one-sided ties and
 * people's affiliations included): articulation points, bridges between two groups, schools whose
 * ties all run to one actor, schools without a tie to an out-of-school provider, schools whose ties to
 * providers have no written agreement, fixed contact persons without back-up, and actors in a closed
 * circle. Only facts of the network itself are used (the ties' flags, the actors and who works for whom).
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
            .thenComparing(risk -> risk.other() == null ? "" : risk.other().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(risk -> risk.actor().id())
            .thenComparing(risk -> risk.tieId() == null ? "" : risk.tieId());

    private final NetworkData data;
    private final ActorGraph graph;
    private final NetworkStructure.Metrics metrics;
    private @Nullable Map<String, List<String>> people;

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
            List<Tie> providerTies = providerTies(school, providers);
            if (providerTies.isEmpty()) {
                risks.add(risk(ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE, school.id(), null, null, List.of(school.id()), null));
            } else if (providerTies.stream().noneMatch(Tie::writtenAgreement)) {
                risks.add(risk(ContinuityRiskKind.SCHOOL_TIES_WITHOUT_AGREEMENT, school.id(), null, null, List.of(school.id()), null));
            }
        }
        fixedContactsWithoutBackup(risks);
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
        Set<String> organisations = Set.copyOf(providers);
        organisations.forEach(organisation -> providers.addAll(people(organisation)));
        return providers;
    }

    /** The ties from the school, or from someone working for it, to a provider outside the school. */
    private List<Tie> providerTies(Actor school, Set<String> providers) {
        Set<String> schoolSide = new HashSet<>(people(school.id()));
        schoolSide.add(school.id());
        List<Tie> ties = new ArrayList<>();
        for (String member : schoolSide) {
            graph.neighbours(member).stream().filter(neighbour -> providers.contains(neighbour) && !schoolSide.contains(neighbour))
                    .forEach(provider -> ties.addAll(graph.ties(member, provider)));
        }
        return ties;
    }

    /**
     * A partnership carried by a fixed contact person where a party is an organisation with exactly one person
     * working for it in the network: that one known face has no back-up. One risk per organisation and other
     * party, on the first such tie between them (by id).
     */
    private void fixedContactsWithoutBackup(List<ContinuityRisk> risks) {
        Map<List<String>, String> found = new TreeMap<>(Comparator.comparing((List<String> pair) -> pair.get(0))
                .thenComparing(pair -> pair.get(1)));
        for (Tie tie : data.ties()) {
            if (!tie.fixedContactPerson() || graph.tieIds(tie.firstId(), tie.secondId()).isEmpty()) {
                continue; // as in the graph: no tie to an unknown actor or to itself
            }
            for (String party : List.of(tie.firstId(), tie.secondId())) {
                if (graph.actor(party).kind() != ActorKind.PERSON && people(party).size() == 1) {
                    found.merge(List.of(party, tie.other(party)), tie.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        found.forEach((pair, tieId) -> risks.add(risk(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, pair.get(0), pair.get(1),
                tieId, List.of(), null)));
    }

    /** The people who work for an organisation (only a person can work for one: {@code ActorService} checks it). */
    private List<String> people(String organisationId) {
        if (people == null) {
            people = new HashMap<>();
            data.actors().stream().filter(actor -> actor.affiliationId() != null)
                    .forEach(person -> people.computeIfAbsent(person.affiliationId(), key -> new ArrayList<>()).add(person.id()));
        }
        return people.getOrDefault(organisationId, List.of());
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
