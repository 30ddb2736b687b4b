package nl.weefsel.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.Checks;
import nl.weefsel.base.CurrentUser;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.funding.internal.FundingNode;
import nl.weefsel.funding.internal.FundingQueries;
import nl.weefsel.funding.internal.FundingRepository;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records funding ties: who pays whom (or which initiative), how much, for which period, by which instrument. */
@Service
@Transactional(readOnly = true)
public class FundingService {

    public static final String KIND = "Funding";

    private final FundingQueries queries;
    private final ActorService actors;
    private final InitiativeService initiatives;
    private final FundingRepository repository;
    private final EntityStore<FundingNode, Funding> store;

    FundingService(FundingRepository repository, FundingQueries queries, ActorService actors,
                   InitiativeService initiatives, ApplicationEventPublisher events) {
        this.queries = queries;
        this.actors = actors;
        this.initiatives = initiatives;
        this.repository = repository;
        this.store = new EntityStore<>(KIND, repository, FundingNode::toFunding, events);
    }

    public Optional<Funding> find(String id) {
        return store.find(id);
    }

    /** Every tie, ended ones included. */
    public List<Funding> all() {
        return queries.list(null, null);
    }

    /** Ties in which the actor or initiative is funder or recipient, valid on {@code day} unless it is null. */
    public List<Funding> involving(@Nullable String actorOrInitiativeId, @Nullable LocalDate day) {
        return queries.list(actorOrInitiativeId, day);
    }

    /**
     * The money flows for the network view: ties valid on {@code day} whose funder or receiving actor
     * is one of {@code actorIds}, or whose recipient lies in one of {@code areaIds}.
     */
    public List<FundingFlow> flows(Collection<String> actorIds, Collection<String> areaIds, LocalDate day) {
        return queries.flows(actorIds, areaIds, day);
    }

    @Transactional
    @PreAuthorize("@access.mayRecordFunding(#data)")
    public Funding create(FundingData data) {
        return create(null, data, null);
    }

    /** Records a tie with a chosen id and provenance ({@code null}s: a new id, asserted now by the current user). */
    @Transactional
    @PreAuthorize("@access.mayRecordFunding(#data)")
    public Funding create(@Nullable String id, FundingData data, @Nullable Provenance provenance) {
        FundingNode.Valid valid = validate(data);
        Funding created = store.create(new FundingNode(id, valid, provenance == null ? assertedNow(data) : provenance));
        queries.link(created.id(), valid.funderId(), valid.recipientId());
        return created;
    }

    @Transactional
    @PreAuthorize("@access.mayEditFunding(#id, #data)")
    public Funding update(String id, long expectedVersion, FundingData data) {
        FundingNode.Valid valid = validate(data);
        Funding updated = store.update(id, expectedVersion, node -> node.apply(valid, assertedNow(data)));
        queries.link(id, valid.funderId(), valid.recipientId());
        return updated;
    }

    /** Ends the tie on {@code day}; it stays in the history. */
    @Transactional
    @PreAuthorize("@access.mayEditFunding(#id, null)")
    public Funding end(String id, long expectedVersion, LocalDate day) {
        return store.end(id, expectedVersion, node -> node.endOn(day));
    }

    @Transactional
    @PreAuthorize("@access.mayEditFunding(#id, null)")
    public void delete(String id) {
        store.delete(id);
    }

    /**
     * An initiative that is deleted takes the funding it received with it, in the same transaction
     * and each recorded in the history; the initiative's own deletion was allowed and confirmed.
     * (Actors cannot be deleted while funding ties point at them.)
     */
    @EventListener
    @Transactional
    void initiativeDeleted(RecordChanged event) {
        if (event.change() == RecordChanged.Change.DELETED && event.kind().equals("Initiative")) {
            repository.findByRecipientId(event.id()).forEach(node -> store.delete(node.getId()));
        }
    }

    private static Provenance assertedNow(FundingData data) {
        return new Provenance(CurrentUser.name(), data.source(), Instant.now());
    }

    private FundingNode.Valid validate(FundingData data) {
        String funder = Checks.requirePresent("funder", data.funderId());
        String recipient = Checks.requirePresent("recipient", data.recipientId());
        RecipientKind kind = Checks.requirePresent("recipientKind", data.recipientKind());
        long amount = Checks.requirePresent("amount", data.amountCents());
        if (amount <= 0) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        FundingInstrument instrument = Checks.requirePresent("instrument", data.instrument());
        Validity validity = data.validity() == null ? Validity.ALWAYS : data.validity();
        Checks.optionalText("source", data.source(), 500);
        actors.find(funder).orElseThrow(() -> new NotFoundException("Actor", funder));
        String receiver = receiver(kind, recipient);
        if ((instrument == FundingInstrument.OWN_INCOME) != funder.equals(receiver)) {
            throw new InvalidInputException("funder", instrument == FundingInstrument.OWN_INCOME
                    ? "own income comes from the recipient itself (or the actor that runs the initiative)"
                    : "an actor cannot fund itself other than by own income");
        }
        return new FundingNode.Valid(funder, recipient, kind, amount, instrument, validity,
                Checks.optionalText("note", data.note(), 2000));
    }

    /** The actor that receives the money: the recipient, or whoever runs the funded initiative. */
    private @Nullable String receiver(RecipientKind kind, String recipientId) {
        if (kind == RecipientKind.ACTOR) {
            return actors.find(recipientId).orElseThrow(() -> new NotFoundException("Actor", recipientId)).id();
        }
        Initiative initiative = initiatives.find(recipientId).orElseThrow(() -> new NotFoundException("Initiative", recipientId));
        return initiative.runById();
    }
}
