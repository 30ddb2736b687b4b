package nl.weefsel.partnership.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Validity;
import nl.weefsel.collaboration.ui.Collaboration;
import nl.weefsel.collaboration.ui.RecordDialog;
import nl.weefsel.collaboration.ui.RecordOps;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.security.AccessPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens the tie dialog; the network view reaches it here to add a tie between two picked actors. */
@Component
public class PartnershipEditing {

    private final PartnershipService partnerships;
    private final ActorService actors;
    private final Collaboration collaboration;
    private final AccessPolicy access;

    PartnershipEditing(PartnershipService partnerships, ActorService actors, Collaboration collaboration, AccessPolicy access) {
        this.partnerships = partnerships;
        this.actors = actors;
        this.collaboration = collaboration;
        this.access = access;
    }

    /** Whether the tie is one-sided and the signed-in user may confirm it for the other side. */
    public boolean mayConfirm(Partnership tie) {
        return tie.isOneSided() && access.mayConfirmTie(tie.id());
    }

    /** Confirms the one-sided tie as it was shown; someone else's change in between is reported, not overwritten. */
    public Partnership confirm(Partnership tie) {
        return partnerships.confirm(tie.id(), tie.version());
    }

    public void open(String id, Consumer<Partnership> onChange) {
        Partnership tie = partnerships.find(id).orElseThrow(() -> new NotFoundException("Partnership", id));
        List<Actor> all = actors.list(ActorFilter.ALL);
        new RecordDialog<>(ops(all), new PartnershipForm(all), collaboration, tie, dataOf(tie), onChange).open();
    }

    /** Whether to offer "new tie" at all. */
    public boolean mayCreate() {
        return access.mayCreateTies();
    }

    /** A new, confirmed collaboration tie between the two actors, where given. */
    public void openNew(@Nullable String fromActorId, @Nullable String toActorId, Consumer<Partnership> onChange) {
        List<Actor> all = actors.list(ActorFilter.ALL);
        var initial = new PartnershipData(fromActorId, toActorId, TieKind.COLLABORATION, Intensity.COOPERATION, false, false,
                Validity.ALWAYS, true, null, null);
        new RecordDialog<>(ops(all), new PartnershipForm(all), collaboration, null, initial, onChange).open();
    }

    private RecordOps<Partnership, PartnershipData> ops(List<Actor> all) {
        Map<String, String> names = all.stream().collect(Collectors.toMap(Actor::id, Actor::name));
        Function<Partnership, String> title = tie -> names.getOrDefault(tie.fromActorId(), "?") + " – "
                + names.getOrDefault(tie.toActorId(), "?");
        return RecordOps.of(new RecordOps.Shape<>("Partnership", Partnership.class, Partnership::id, Partnership::version,
                                Partnership::audit, PartnershipEditing::dataOf, title),
                        partnerships::find, partnerships::create, partnerships::update)
                .endedBy(partnerships::end, Partnership::validity)
                .deletedBy(partnerships::delete)
                .assertedAs(Partnership::provenance)
                .permittedBy(tie -> access.mayEditTie(tie.id(), dataOf(tie)), tie -> access.mayEditTie(tie.id(), null))
                .confirmedBy(partnerships::confirm, this::mayConfirm);
    }

    static PartnershipData dataOf(Partnership tie) {
        return new PartnershipData(tie.fromActorId(), tie.toActorId(), tie.kind(), tie.intensity(), tie.writtenAgreement(),
                tie.fixedContactPerson(), tie.validity(), tie.confirmed(), tie.provenance().source(), tie.note());
    }
}
