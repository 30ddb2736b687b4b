package nl.weefsel.impact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.security.AccessPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a user finds the impact pages that concern them: the school trajectories, partnerships and
 * initiatives they keep (with or without records yet), and those that shared something with them.
 * Names and numbers of records only, in alphabetical order: it compares nothing (DD009).
 */
@Service
@Transactional(readOnly = true)
public class ImpactOverview {

    /** One line of the overview. */
    public record Entry(ImpactOwner owner, String name, OwnerType type, boolean keeps, int moments, int stories, int reports,
                        Optional<LocalDate> lastCounted) {
    }

    /** What the owner is, as the user knows it. */
    public enum OwnerType { SCHOOL_TRAJECTORY, PARTNERSHIP, INITIATIVE }

    private final ImpactService impact;
    private final AccessPolicy policy;
    private final PartnershipService partnerships;
    private final InitiativeService initiatives;
    private final ActorService actors;
    private final Neo4jClient neo4j;

    ImpactOverview(ImpactService impact, AccessPolicy policy, PartnershipService partnerships, InitiativeService initiatives,
                   ActorService actors, Neo4jClient neo4j) {
        this.impact = impact;
        this.policy = policy;
        this.partnerships = partnerships;
        this.initiatives = initiatives;
        this.actors = actors;
        this.neo4j = neo4j;
    }

    /** The current user's overview: what they keep first, then what others shared with them; by name within each. */
    public List<Entry> entries() {
        Set<ImpactOwner> candidates = new LinkedHashSet<>();
        Set<String> own = policy.ownOrganisationIds();
        for (String organisation : own) {
            partnerships.ofActor(organisation).forEach(tie -> candidates.add(ImpactOwner.partnership(tie.id())));
        }
        if (!own.isEmpty()) {
            initiatives.list(null).stream().filter(initiative -> initiative.runById() != null && own.contains(initiative.runById()))
                    .forEach(initiative -> candidates.add(ImpactOwner.initiative(initiative.id())));
        }
        candidates.addAll(recordedOwners());
        return candidates.stream().map(this::entry).flatMap(Optional::stream)
                .sorted(Comparator.comparing((Entry entry) -> !entry.keeps()).thenComparing(Entry::type)
                        .thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The owner's name and what it is; empty when it no longer exists. */
    public record Named(String name, OwnerType type) {
    }

    public Optional<Named> describe(ImpactOwner owner) {
        return switch (owner.kind()) {
            case PARTNERSHIP -> partnerships.find(owner.id()).map(this::named);
            case INITIATIVE -> initiatives.find(owner.id()).map(initiative -> new Named(initiative.name(), OwnerType.INITIATIVE));
        };
    }

    private Optional<Entry> entry(ImpactOwner owner) {
        boolean keeps = impact.mayKeep(owner);
        ImpactService.Visible visible = impact.visible(owner);
        List<ImpactMoment> moments = visible.trend().moments();
        if (!keeps && moments.isEmpty() && visible.stories().isEmpty() && visible.reports().isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> last = moments.stream().map(ImpactMoment::date).max(Comparator.naturalOrder());
        return describe(owner).map(named -> new Entry(owner, named.name(), named.type(), keeps, moments.size(),
                visible.stories().size(), visible.reports().size(), last));
    }

    /** Every owner that has an impact record or report, whoever may see it; the entries filter. */
    private List<ImpactOwner> recordedOwners() {
        return neo4j.query("""
                        MATCH (n) WHERE (n:ImpactMoment OR n:ImpactStory OR n:ImpactReport) AND n.ownerId IS NOT NULL
                        RETURN DISTINCT n.ownerKind AS kind, n.ownerId AS id""")
                .fetchAs(ImpactOwner.class)
                .mappedBy((types, row) -> new ImpactOwner(ImpactOwner.Kind.valueOf(row.get("kind").asString()), row.get("id").asString()))
                .all().stream().toList();
    }

    /** "from – to", a school trajectory when either party is a school; the parties read once. */
    private Named named(Partnership tie) {
        Map<String, Actor> parties = actors.byIds(List.of(tie.fromActorId(), tie.toActorId())).stream()
                .collect(Collectors.toMap(Actor::id, actor -> actor, (one, same) -> one));
        String name = nameOf(parties.get(tie.fromActorId())) + " – " + nameOf(parties.get(tie.toActorId()));
        boolean school = parties.values().stream().anyMatch(actor -> actor.kind().isSchool());
        return new Named(name, school ? OwnerType.SCHOOL_TRAJECTORY : OwnerType.PARTNERSHIP);
    }

    private static String nameOf(@Nullable Actor actor) {
        return actor == null ? "?" : actor.name();
    }
}
