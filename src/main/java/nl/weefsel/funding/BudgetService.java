package nl.weefsel.funding;

import java.util.Optional;
import nl.weefsel.base.Checks;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.funding.internal.BudgetNode;
import nl.weefsel.funding.internal.BudgetRepository;
import nl.weefsel.funding.internal.FundingQueries;
import nl.weefsel.initiative.InitiativeService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each initiative's budget: one amount per initiative, versioned and audited like every record. */
@Service
@Transactional(readOnly = true)
public class BudgetService {

    public static final String KIND = "Budget";

    private final BudgetRepository repository;
    private final FundingQueries queries;
    private final InitiativeService initiatives;
    private final EntityStore<BudgetNode, Budget> store;

    BudgetService(BudgetRepository repository, FundingQueries queries, InitiativeService initiatives,
                  ApplicationEventPublisher events) {
        this.repository = repository;
        this.queries = queries;
        this.initiatives = initiatives;
        this.store = new EntityStore<>(KIND, repository, BudgetNode::toBudget, events);
    }

    public Optional<Budget> of(String initiativeId) {
        return repository.findByInitiativeId(initiativeId).map(BudgetNode::toBudget);
    }

    /**
     * Sets the initiative's budget.
     *
     * @param expectedVersion the version of the budget as read, 0 when it had none
     */
    @Transactional
    @PreAuthorize("@access.mayBudget(#initiativeId)")
    public Budget set(String initiativeId, long expectedVersion, @Nullable Long amountCents, @Nullable String note) {
        initiatives.find(initiativeId).orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        long amount = Checks.requirePresent("budget", amountCents);
        if (amount <= 0) {
            throw new InvalidInputException("budget", "must be more than 0");
        }
        String validNote = Checks.optionalText("note", note, 2000);
        Optional<BudgetNode> existing = repository.findByInitiativeId(initiativeId);
        if (existing.isEmpty()) {
            if (expectedVersion != 0) {
                throw new ConcurrentEditException(KIND, initiativeId, expectedVersion, null);
            }
            Budget created = store.create(new BudgetNode(initiativeId, amount, validNote));
            queries.linkBudget(created.id(), initiativeId);
            return created;
        }
        return store.update(existing.get().getId(), expectedVersion, node -> node.apply(amount, validNote));
    }

    /** Removes the budget: the initiative's shares are undefined again. */
    @Transactional
    @PreAuthorize("@access.mayBudget(#initiativeId)")
    public void remove(String initiativeId) {
        repository.findByInitiativeId(initiativeId).ifPresent(node -> store.delete(node.getId()));
    }

    /** An initiative that is deleted takes its budget with it (see {@link FundingService}). */
    @EventListener
    @Transactional
    void initiativeDeleted(RecordChanged event) {
        if (event.change() == RecordChanged.Change.DELETED && event.kind().equals("Initiative")) {
            repository.findByInitiativeId(event.id()).ifPresent(node -> store.delete(node.getId()));
        }
    }
}
