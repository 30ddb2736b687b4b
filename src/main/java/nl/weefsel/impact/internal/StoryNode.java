package nl.weefsel.impact.internal;

import java.time.LocalDate;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.impact.Perspective;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.Sharing;
import nl.weefsel.impact.Story;
import nl.weefsel.impact.StoryData;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;

/** {@code (:ImpactStory)}: a story or quote, kept only with recorded consent. */
@Node("ImpactStory")
public class StoryNode extends AuditedNode {

    private ImpactOwner.Kind ownerKind;
    private String ownerId;
    private Perspective perspective;
    private LocalDate date;
    private String text;
    private boolean quote;
    private @Nullable String momentId;
    private String consentBy;
    private LocalDate consentOn;
    private String consentRecordedBy;
    private boolean sharedWithMunicipality;
    private @Nullable String sharedWithFunderId;

    private StoryNode() { // for Spring Data
        super(null);
    }

    public StoryNode(@Nullable String id, ImpactOwner owner, StoryData data, String recordedBy) {
        super(id);
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        apply(data, recordedBy);
    }

    public void apply(StoryData data, String recordedBy) {
        this.perspective = data.perspective();
        this.date = data.date();
        this.text = data.text();
        this.quote = data.quote();
        this.momentId = data.momentId();
        this.consentBy = data.consentBy();
        this.consentOn = data.consentOn();
        this.consentRecordedBy = recordedBy;
    }

    public void share(Sharing sharing) {
        this.sharedWithMunicipality = sharing.municipality();
        this.sharedWithFunderId = sharing.funderId();
    }

    public ImpactOwner owner() {
        return new ImpactOwner(ownerKind, ownerId);
    }

    public Story toStory() {
        return new Story(getId(), owner(), perspective, date, text, quote, momentId, consentBy, consentOn,
                consentRecordedBy, new Sharing(sharedWithMunicipality, sharedWithFunderId), getVersion(), audit());
    }
}
