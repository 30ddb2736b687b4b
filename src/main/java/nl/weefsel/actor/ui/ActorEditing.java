package nl.weefsel.actor.ui;

import java.util.function.Consumer;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.collaboration.ui.Collaboration;
import nl.weefsel.collaboration.ui.RecordDialog;
import nl.weefsel.collaboration.ui.RecordOps;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.security.AccessPolicy;
import org.springframework.stereotype.Component;

/** Opens the actor dialog; the way other views (the network) reach actor editing. */
@Component
public class ActorEditing {

    private final ActorService actors;
    private final AreaService areas;
    private final Collaboration collaboration;
    private final AccessPolicy access;

    ActorEditing(ActorService actors, AreaService areas, Collaboration collaboration, AccessPolicy access) {
        this.actors = actors;
        this.areas = areas;
        this.collaboration = collaboration;
        this.access = access;
    }

    /** Whether to offer "new actor" at all. */
    public boolean mayCreate() {
        return access.mayCreateActors();
    }

    public void open(String actorId, Consumer<Actor> onChange) {
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("Actor", actorId));
        new RecordDialog<>(ops(), new ActorForm(actors, areas), collaboration, actor, ActorData.from(actor), onChange).open();
    }

    public void openNew(Consumer<Actor> onChange) {
        new RecordDialog<>(ops(), new ActorForm(actors, areas), collaboration, null,
                ActorData.of("", ActorKind.CULTURAL_INSTITUTION, null), onChange).open();
    }

    private RecordOps<Actor, ActorData> ops() {
        return RecordOps.of(new RecordOps.Shape<>("Actor", Actor.class, Actor::id, Actor::version, Actor::audit,
                        ActorData::from, Actor::name),
                actors::find, actors::create, actors::update).deletedBy(actors::delete)
                .permittedBy(actor -> access.mayEditActor(actor.id(), ActorData.from(actor)), actor -> access.mayDeleteActor(actor.id()));
    }
}
