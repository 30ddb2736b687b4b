package nl.weefsel.impact.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.impact.CheckStatus;
import nl.weefsel.impact.ChecklistItem;
import nl.weefsel.impact.SchoolGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;

/** {@code (:ImpactChecklist)}: the answers given by hand for one partnership ({@code ITEM=STATUS}). */
@Node("ImpactChecklist")
public class ChecklistNode extends AuditedNode {

    private String partnershipId;
    private @Nullable SchoolGroup schoolGroup;
    private List<String> answers = new ArrayList<>();

    private ChecklistNode() { // for Spring Data
        super(null);
    }

    public ChecklistNode(String partnershipId) {
        super(null);
        this.partnershipId = partnershipId;
    }

    public void apply(@Nullable SchoolGroup group, Map<ChecklistItem, CheckStatus> answered) {
        this.schoolGroup = group;
        this.answers = new ArrayList<>();
        answered.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> answers.add(entry.getKey().name() + "=" + entry.getValue().name()));
    }

    public String partnershipId() {
        return partnershipId;
    }

    public @Nullable SchoolGroup schoolGroup() {
        return schoolGroup;
    }

    public Map<ChecklistItem, CheckStatus> answers() {
        Map<ChecklistItem, CheckStatus> out = new EnumMap<>(ChecklistItem.class);
        for (String entry : answers) {
            int equals = entry.indexOf('=');
            out.put(ChecklistItem.valueOf(entry.substring(0, equals)), CheckStatus.valueOf(entry.substring(equals + 1)));
        }
        return out;
    }
}
