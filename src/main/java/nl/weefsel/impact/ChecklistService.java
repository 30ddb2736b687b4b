package nl.weefsel.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.impact.internal.ChecklistNode;
import nl.weefsel.impact.internal.ChecklistRepository;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Wat–Hoe–Wanneer checklist of a partnership: the answers its parties give, and the conditions
 * the network already knows filled in from it (the tie's facts, the people of each party, the
 * moments counted), shown as derived with their source.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    static final String KIND = "ImpactChecklist";

    private final ChecklistRepository checklists;
    private final PartnershipService partnerships;
    private final ActorService actors;
    private final ImpactService impact;
    private final EntityStore<ChecklistNode, ImpactTrace> store;

    ChecklistService(ChecklistRepository checklists, PartnershipService partnerships, ActorService actors,
                     ImpactService impact, ApplicationEventPublisher events) {
        this.checklists = checklists;
        this.partnerships = partnerships;
        this.actors = actors;
        this.impact = impact;
        this.store = new EntityStore<>(KIND, checklists,
                node -> new ImpactTrace(ImpactOwner.Kind.PARTNERSHIP, node.partnershipId(), "checklist", false, null), events);
    }

    @PreAuthorize("@access.mayKeepImpactOf(T(nl.weefsel.impact.ImpactOwner).partnership(#partnershipId))")
    public Checklist checklist(String partnershipId) {
        Partnership tie = tie(partnershipId);
        Optional<ChecklistNode> node = stored(partnershipId);
        SchoolGroup group = node.map(ChecklistNode::schoolGroup).orElse(null) instanceof SchoolGroup chosen
                ? chosen : schoolGroupOf(tie);
        Map<ChecklistItem, CheckStatus> answers = node.map(ChecklistNode::answers).orElse(Map.of());
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ChecklistItem item : ChecklistItem.of(group)) {
            entries.add(item.derived() ? derive(item, tie, partnershipId)
                    : new ChecklistEntry(item, answers.getOrDefault(item, CheckStatus.UNKNOWN), null));
        }
        return new Checklist(partnershipId, group, entries, node.map(ChecklistNode::getVersion).orElse(0L));
    }

    /** Saves the answers given by hand; derived items cannot be answered. */
    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(T(nl.weefsel.impact.ImpactOwner).partnership(#partnershipId))")
    public Checklist answer(String partnershipId, long expectedVersion, @Nullable SchoolGroup group,
                            Map<ChecklistItem, CheckStatus> answers) {
        tie(partnershipId);
        answers.keySet().stream().filter(ChecklistItem::derived).findFirst().ifPresent(item -> {
            throw new InvalidInputException("checklist." + item.name(), "is filled in from the network, not by hand");
        });
        Map<ChecklistItem, CheckStatus> kept = new EnumMap<>(ChecklistItem.class);
        answers.forEach((item, status) -> kept.put(item, status == null ? CheckStatus.UNKNOWN : status));
        Optional<ChecklistNode> node = stored(partnershipId);
        if (node.isEmpty()) {
            if (expectedVersion != 0) {
                throw new ConcurrentEditException(KIND, partnershipId, expectedVersion, null);
            }
            ChecklistNode created = new ChecklistNode(partnershipId);
            created.apply(group, kept);
            store.create(created);
        } else {
            store.update(node.get().getId(), expectedVersion, existing -> existing.apply(group, kept));
        }
        return checklist(partnershipId);
    }

    private ChecklistEntry derive(ChecklistItem item, Partnership tie, String partnershipId) {
        return switch (item) {
            case FIXED_FACES -> new ChecklistEntry(item, yesNo(tie.fixedContactPerson()), "tie.fixedContactPerson");
            case WRITTEN_AGREEMENT -> new ChecklistEntry(item, yesNo(tie.writtenAgreement()), "tie.writtenAgreement");
            case CONTINUITY_WITH_BACKUP -> new ChecklistEntry(item, backup(tie), "network.people");
            case CYCLICAL_MONITORING -> new ChecklistEntry(item, monitoring(partnershipId), "impact.moments");
            default -> throw new IllegalArgumentException(item + " is not derived");
        };
    }

    /** Back-up for the people who carry the partnership: a party with two or more known people has it. */
    private CheckStatus backup(Partnership tie) {
        Set<String> parties = Set.of(tie.fromActorId(), tie.toActorId());
        Map<String, Integer> people = new java.util.HashMap<>();
        for (Actor person : actors.list(new ActorFilter(null, Set.of(ActorKind.PERSON), null))) {
            if (person.affiliationId() != null && parties.contains(person.affiliationId())) {
                people.merge(person.affiliationId(), 1, Integer::sum);
            }
        }
        int most = people.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return most >= 2 ? CheckStatus.YES : most == 1 ? CheckStatus.PARTLY : CheckStatus.UNKNOWN;
    }

    /** Cyclical monitoring: a baseline and at least one later count. */
    private CheckStatus monitoring(String partnershipId) {
        Trend trend = impact.trend(ImpactOwner.partnership(partnershipId));
        if (trend.moments().isEmpty()) {
            return CheckStatus.NO;
        }
        return trend.baseline().isPresent() && trend.moments().size() >= 2 ? CheckStatus.YES : CheckStatus.PARTLY;
    }

    /**
     * A deleted tie takes its hand-answered checklist with it (the history keeps that it existed).
     * A tie with moments or stories is not deleted at all: {@link ImpactService} refuses that first.
     */
    @EventListener
    void partnershipDeleted(RecordChanged event) {
        ImpactOwner owner = ImpactService.ownerOf(event);
        if (owner != null && owner.isPartnership()) {
            stored(owner.id()).ifPresent(node -> store.delete(node.getId()));
        }
    }

    private SchoolGroup schoolGroupOf(Partnership tie) {
        return actors.byIds(List.of(tie.fromActorId(), tie.toActorId())).stream()
                .filter(actor -> actor.schoolType() != null).findFirst()
                .map(actor -> SchoolGroup.of(actor.schoolType())).orElse(SchoolGroup.BO);
    }

    private static CheckStatus yesNo(boolean known) {
        return known ? CheckStatus.YES : CheckStatus.NO;
    }

    private Optional<ChecklistNode> stored(String partnershipId) {
        return checklists.findByPartnershipId(partnershipId).stream().findFirst();
    }

    private Partnership tie(String partnershipId) {
        return partnerships.find(partnershipId).orElseThrow(() -> new NotFoundException("Partnership", partnershipId));
    }
}
