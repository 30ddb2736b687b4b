package nl.weefsel.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.weefsel.actor.internal.ActorNode;
import nl.weefsel.actor.internal.ActorRepository;
import nl.weefsel.base.Checks;
import nl.weefsel.base.CurrentUser;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.partnership.internal.PartnershipNode;
import nl.weefsel.partnership.internal.PartnershipQueries;
import nl.weefsel.partnership.internal.PartnershipRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records ties between actors, their facts and their confirmation by both sides. */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

    static final String KIND = "Partnership";

    private final PartnershipQueries queries;
    private final ActorRepository actors;
    private final EntityStore<PartnershipNode, Partnership> store;

    PartnershipService(PartnershipRepository repository, PartnershipQueries queries, ActorRepository actors,
                       ApplicationEventPublisher events) {
        this.queries = queries;
        this.actors = actors;
        this.store = new EntityStore<>(KIND, repository, PartnershipNode::toPartnership, events);
    }

    public Optional<Partnership> find(String id) {
        return store.find(id);
    }

    /** Every tie, ended ones included. */
    public List<Partnership> all() {
        return queries.list(null, null);
    }

    public List<Partnership> ofActor(String actorId) {
        return queries.list(actorId, null);
    }

    public List<Partnership> currentOn(LocalDate day) {
        return queries.list(null, day);
    }

    @Transactional
    @PreAuthorize("@access.mayCreateTie(#data)")
    public Partnership create(PartnershipData data) {
        return create(null, data, null);
    }

    /** Records a tie with a chosen id and provenance ({@code null}s: a new id, asserted now by the current user). */
    @Transactional
    @PreAuthorize("@access.mayCreateTie(#data)")
    public Partnership create(@Nullable String id, PartnershipData data, @Nullable Provenance provenance) {
        PartnershipData valid = validate(data);
        return store.create(new PartnershipNode(id, actor(valid.fromActorId()), actor(valid.toActorId()), valid,
                provenance == null ? assertedNow(valid) : provenance));
    }

    @Transactional
    @PreAuthorize("@access.mayEditTie(#id, #data)")
    public Partnership update(String id, long expectedVersion, PartnershipData data) {
        PartnershipData valid = validate(data);
        ActorNode from = actor(valid.fromActorId());
        ActorNode to = actor(valid.toActorId());
        return store.update(id, expectedVersion, node -> node.apply(from, to, valid, assertedNow(valid)));
    }

    /** The other side confirms a one-sided tie. */
    @Transactional
    @PreAuthorize("@access.mayConfirmTie(#id)")
    public Partnership confirm(String id, long expectedVersion) {
        return store.update(id, expectedVersion, PartnershipNode::confirm);
    }

    /** Ends the tie on {@code day}; it stays in the history. */
    @Transactional
    @PreAuthorize("@access.mayEditTie(#id, null)")
    public Partnership end(String id, long expectedVersion, LocalDate day) {
        return store.end(id, expectedVersion, node -> node.endOn(day));
    }

    @Transactional
    @PreAuthorize("@access.mayEditTie(#id, null)")
    public void delete(String id) {
        store.delete(id);
    }

    private static Provenance assertedNow(PartnershipData data) {
        return new Provenance(CurrentUser.name(), data.source(), Instant.now());
    }

    private PartnershipData validate(PartnershipData data) {
        String from = Checks.requirePresent("fromActor", data.fromActorId());
        String to = Checks.requirePresent("toActor", data.toActorId());
        if (from.equals(to)) {
            throw new InvalidInputException("toActor", "a tie needs two different actors");
        }
        return new PartnershipData(from, to, Checks.requirePresent("kind", data.kind()),
                Checks.requirePresent("intensity", data.intensity()), data.writtenAgreement(), data.fixedContactPerson(),
                Checks.requirePresent("validity", data.validity()), data.confirmed(),
                Checks.optionalText("source", data.source(), 500), Checks.optionalText("note", data.note(), 2000));
    }

    private ActorNode actor(String id) {
        return actors.findById(id).orElseThrow(() -> new NotFoundException("Actor", id));
    }
}
