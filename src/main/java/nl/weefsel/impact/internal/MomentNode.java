package nl.weefsel.impact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.impact.Counts;
import nl.weefsel.impact.ImpactMoment;
import nl.weefsel.impact.ImpactSignal;
import nl.weefsel.impact.MomentData;
import nl.weefsel.impact.MomentKind;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.Sharing;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * {@code (:ImpactMoment)}: a measurement moment. It names its partnership by id rather than by a
 * relationship, because the partnership's entity is the core's own (ArchitectureTest).
 */
@Node("ImpactMoment")
public class MomentNode extends AuditedNode {

    private ImpactOwner.Kind ownerKind;
    private String ownerId;
    private MomentKind kind;
    private String label;
    private LocalDate date;
    private int sequence;
    private @Nullable Integer participants;
    private @Nullable Integer uniqueParticipants;
    private @Nullable Integer repeatParticipants;
    private @Nullable Integer sessions;
    private @Nullable Integer parentTurnout;
    private Set<TargetGroup> targetGroups = new HashSet<>();
    private Set<Discipline> disciplines = new HashSet<>();
    /** the catalogue's signals as {@code NAME=value}: a list survives every back-up format */
    private List<String> signals = new ArrayList<>();
    private @Nullable String note;
    private boolean sharedWithMunicipality;
    private @Nullable String sharedWithFunderId;

    private MomentNode() { // for Spring Data
        super(null);
    }

    public MomentNode(@Nullable String id, ImpactOwner owner, MomentData data) {
        super(id);
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        apply(data);
    }

    public void apply(MomentData data) {
        this.kind = data.kind();
        this.label = data.label();
        this.date = data.date();
        this.sequence = data.order();
        Counts counts = data.counts();
        this.participants = counts.participants();
        this.uniqueParticipants = counts.uniqueParticipants();
        this.repeatParticipants = counts.repeatParticipants();
        this.sessions = counts.sessions();
        this.parentTurnout = counts.parentTurnout();
        this.targetGroups = new HashSet<>(counts.targetGroups());
        this.disciplines = new HashSet<>(counts.disciplines());
        this.signals = new ArrayList<>();
        counts.signals().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> signals.add(entry.getKey().name() + "=" + entry.getValue()));
        this.note = data.note();
    }

    public void share(Sharing sharing) {
        this.sharedWithMunicipality = sharing.municipality();
        this.sharedWithFunderId = sharing.funderId();
    }

    public ImpactOwner owner() {
        return new ImpactOwner(ownerKind, ownerId);
    }

    public ImpactMoment toMoment() {
        Map<ImpactSignal, Integer> counted = new EnumMap<>(ImpactSignal.class);
        for (String entry : signals) {
            int equals = entry.indexOf('=');
            counted.put(ImpactSignal.valueOf(entry.substring(0, equals)), Integer.valueOf(entry.substring(equals + 1)));
        }
        var counts = new Counts(participants, uniqueParticipants, repeatParticipants, sessions, parentTurnout,
                targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups),
                disciplines.isEmpty() ? EnumSet.noneOf(Discipline.class) : EnumSet.copyOf(disciplines), counted);
        return new ImpactMoment(getId(), owner(), kind, label, date, sequence, counts, note,
                new Sharing(sharedWithMunicipality, sharedWithFunderId), getVersion(), audit());
    }
}
