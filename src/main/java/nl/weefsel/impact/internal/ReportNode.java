package nl.weefsel.impact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.ImpactReport;
import nl.weefsel.impact.Sharing;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * {@code (:ImpactReport)}: a report its keepers shared — the moments and stories of a period, fixed
 * by id when it was shared, so records added later stay private.
 */
@Node("ImpactReport")
public class ReportNode extends AuditedNode {

    private ImpactOwner.Kind ownerKind;
    private String ownerId;
    private String title;
    private LocalDate periodFrom;
    private LocalDate periodUntil;
    private List<String> momentIds = new ArrayList<>();
    private List<String> storyIds = new ArrayList<>();
    private boolean sharedWithMunicipality;
    private @Nullable String sharedWithFunderId;

    private ReportNode() { // for Spring Data
        super(null);
    }

    public ReportNode(ImpactOwner owner, String title, LocalDate from, LocalDate until, List<String> momentIds,
                      List<String> storyIds, Sharing sharing) {
        super(null);
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        this.title = title;
        this.periodFrom = from;
        this.periodUntil = until;
        this.momentIds = new ArrayList<>(momentIds);
        this.storyIds = new ArrayList<>(storyIds);
        this.sharedWithMunicipality = sharing.municipality();
        this.sharedWithFunderId = sharing.funderId();
    }

    public ImpactOwner owner() {
        return new ImpactOwner(ownerKind, ownerId);
    }

    public ImpactReport toReport() {
        return new ImpactReport(getId(), owner(), title, periodFrom, periodUntil, momentIds, storyIds,
                new Sharing(sharedWithMunicipality, sharedWithFunderId), getVersion(), audit());
    }
}
