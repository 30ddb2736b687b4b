package nl.weefsel.funding.internal;

import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.funding.Budget;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An initiative's budget, {@code (:Budget)-[:BUDGET_OF]->(:Initiative)}: kept beside the initiative
 * instead of on it, so the initiative feature does not need to know about funding.
 */
@Node("Budget")
public class BudgetNode extends AuditedNode {

    private String initiativeId;
    private long amountCents;
    private @Nullable String note;

    private BudgetNode() { // for Spring Data
        super(null);
    }

    public BudgetNode(String initiativeId, long amountCents, @Nullable String note) {
        super(null);
        this.initiativeId = initiativeId;
        apply(amountCents, note);
    }

    public void apply(long amountCents, @Nullable String note) {
        this.amountCents = amountCents;
        this.note = note;
    }

    public Budget toBudget() {
        return new Budget(getId(), initiativeId, amountCents, note, getVersion(), audit());
    }
}
