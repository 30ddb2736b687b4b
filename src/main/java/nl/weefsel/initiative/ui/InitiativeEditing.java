package nl.weefsel.initiative.ui;

import java.util.function.Consumer;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.collaboration.ui.Collaboration;
import nl.weefsel.collaboration.ui.RecordDialog;
import nl.weefsel.collaboration.ui.RecordOps;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.security.AccessPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens the dialogs for initiatives and needs. */
@Component
class InitiativeEditing {

    private final InitiativeService initiatives;
    private final NeedService needs;
    private final AreaService areas;
    private final ActorService actors;
    private final Collaboration collaboration;
    private final AccessPolicy access;

    InitiativeEditing(InitiativeService initiatives, NeedService needs, AreaService areas, ActorService actors,
                      Collaboration collaboration, AccessPolicy access) {
        this.access = access;
        this.initiatives = initiatives;
        this.needs = needs;
        this.areas = areas;
        this.actors = actors;
        this.collaboration = collaboration;
    }

    /** Whether to offer "new initiative" and "new need" at all. */
    boolean mayRegister() {
        return access.mayRegister();
    }

    Choices choices() {
        return Choices.load(areas, actors, initiatives);
    }

    void openInitiative(@Nullable Initiative initiative, InitiativeData initial, Consumer<Initiative> onChange) {
        var ops = RecordOps.of(new RecordOps.Shape<>("Initiative", Initiative.class, Initiative::id, Initiative::version,
                                Initiative::audit, InitiativeEditing::dataOf, Initiative::name),
                        initiatives::find, initiatives::register, initiatives::update)
                .endedBy(initiatives::end, Initiative::validity)
                .deletedBy(initiatives::delete)
                .permittedBy(shown -> access.mayEditInitiative(shown.id(), dataOf(shown)),
                        shown -> access.mayEditInitiative(shown.id(), null));
        new RecordDialog<>(ops, new InitiativeForm(choices()), collaboration, initiative, initial, onChange).open();
    }

    void openNeed(@Nullable Need need, NeedData initial, Consumer<Need> onChange) {
        var ops = RecordOps.of(new RecordOps.Shape<>("Need", Need.class, Need::id, Need::version, Need::audit,
                        InitiativeEditing::dataOf, Need::title), needs::find, needs::register, needs::update)
                .deletedBy(needs::delete)
                .permittedBy(shown -> access.mayEditNeed(shown.id(), dataOf(shown)), shown -> access.mayEditNeed(shown.id(), null));
        new RecordDialog<>(ops, new NeedForm(choices()), collaboration, need, initial, onChange).open();
    }

    static InitiativeData dataOf(Initiative initiative) {
        return new InitiativeData(initiative.name(), initiative.description(), initiative.areaId(), initiative.runById(),
                initiative.targetGroups(), initiative.disciplines(), initiative.status(), initiative.validity());
    }

    static NeedData dataOf(Need need) {
        return new NeedData(need.title(), need.description(), need.areaId(), need.targetGroups(), need.disciplines(),
                need.status(), need.heardOn(), need.answeredByInitiativeIds(), need.answeredByActorIds());
    }
}
