package nl.weefsel.impact;

import nl.weefsel.actor.ActorService;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.security.AccessPolicy;
import org.springframework.stereotype.Component;

/** The impact feature's questions to the access policy and the core, in one place. */
@Component
class ImpactAccess {

    private final AccessPolicy policy;
    private final PartnershipService partnerships;
    private final InitiativeService initiatives;
    private final ActorService actors;

    ImpactAccess(AccessPolicy policy, PartnershipService partnerships, InitiativeService initiatives, ActorService actors) {
        this.policy = policy;
        this.partnerships = partnerships;
        this.initiatives = initiatives;
        this.actors = actors;
    }

    boolean maySee(ImpactOwner owner, Sharing sharing) {
        return policy.maySeeImpactOf(owner, sharing.municipality(), sharing.funderId());
    }

    boolean mayKeep(ImpactOwner owner) {
        return policy.mayKeepImpactOf(owner);
    }

    boolean exists(ImpactOwner owner) {
        return switch (owner.kind()) {
            case PARTNERSHIP -> partnerships.find(owner.id()).isPresent();
            case INITIATIVE -> initiatives.find(owner.id()).isPresent();
        };
    }

    void requireOwner(ImpactOwner owner) {
        if (!exists(owner)) {
            throw new NotFoundException(owner.isPartnership() ? "Partnership" : "Initiative", owner.id());
        }
    }

    Sharing validSharing(Sharing sharing) {
        if (sharing.funderId() != null && actors.find(sharing.funderId()).isEmpty()) {
            throw new InvalidInputException("funderId", "the funder is not an actor in the network");
        }
        return sharing;
    }
}
