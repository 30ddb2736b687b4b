package nl.weefsel.network.ui;

import java.util.HashSet;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.base.Validity;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.security.AccessPolicy;
import nl.weefsel.security.CurrentProfile;
import nl.weefsel.security.WeefselRole;
import org.springframework.stereotype.Component;

/**
 * Which of the network view's controls the signed-in user gets, asked of {@link AccessPolicy}: the
 * services enforce the same rules, so a hidden button only spares the user a refusal. An adviser
 * sees no editing control at all.
 */
@Component
class NetworkPermissions {

    private static final Set<WeefselRole> TYING = Set.of(WeefselRole.ADMIN, WeefselRole.COORDINATOR, WeefselRole.SCOUT,
            WeefselRole.PARTNER);

    private final AccessPolicy access;
    private final CurrentProfile current;

    NetworkPermissions(AccessPolicy access, CurrentProfile current) {
        this.access = access;
        this.current = current;
    }

    /** Whether the user may propose or make any tie at all (then the view offers picking two actors). */
    boolean mayTieAnything() {
        return TYING.stream().anyMatch(current.get()::has);
    }

    /** Whether the user may tie these two actors, confirmed or as a proposal. */
    boolean mayTie(String fromActorId, String toActorId) {
        return access.mayCreateTie(probe(fromActorId, toActorId, false)) || access.mayCreateTie(probe(fromActorId, toActorId, true));
    }

    boolean mayEdit(Actor actor) {
        return access.mayEditActor(actor.id(), ActorData.from(actor));
    }

    /** Whether the user may give the actor a role in one of its areas (or claim one for their organisation). */
    boolean mayAddRole(Actor actor) {
        Set<String> areaIds = new HashSet<>(actor.activeInIds());
        if (actor.locatedInId() != null) {
            areaIds.add(actor.locatedInId());
        }
        areaIds.add("");
        return areaIds.stream().anyMatch(areaId -> access.mayAssign(new RoleAssignmentData(actor.id(), "", areaId,
                AssignmentBasis.CLAIMED, Validity.ALWAYS, null, null)));
    }

    boolean mayEditRole(String assignmentId) {
        return access.mayEditAssignment(assignmentId, null);
    }

    boolean mayAddTie(Actor actor) {
        return mayTie(actor.id(), actor.id());
    }

    boolean mayEditTie(String tieId) {
        return access.mayEditTie(tieId, null);
    }

    private static PartnershipData probe(String fromActorId, String toActorId, boolean confirmed) {
        return new PartnershipData(fromActorId, toActorId, TieKind.COLLABORATION, Intensity.COOPERATION, false, false,
                Validity.ALWAYS, confirmed, null, null);
    }
}
