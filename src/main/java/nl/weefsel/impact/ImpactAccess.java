package nl.weefsel.impact;

import nl.weefsel.actor.ActorService;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.security.AccessPolicy;
import org.springframework.stereotype.Component;

/** The impact feature's questions to the access policy and the core, in one place. */
@Component
class ImpactAccess {

    private final AccessPolicy policy;
    private final PartnershipService partnerships;
    private final ActorService actors;

    ImpactAccess(AccessPolicy policy, PartnershipService partnerships, ActorService actors) {
        this.policy = policy;
        this.partnerships = partnerships;
        this.actors = actors;
    }

    boolean maySee(String partnershipId, Sharing sharing) {
        return policy.maySeeImpactOf(partnershipId, sharing.municipality(), sharing.funderId());
    }

    boolean mayKeep(String partnershipId) {
        return policy.mayKeepImpactOf(partnershipId);
    }

    void requirePartnership(String partnershipId) {
        if (partnerships.find(partnershipId).isEmpty()) {
            throw new NotFoundException("Partnership", partnershipId);
        }
    }

    Sharing validSharing(Sharing sharing) {
        if (sharing.funderId() != null && actors.find(sharing.funderId()).isEmpty()) {
            throw new InvalidInputException("funderId", "the funder is not an actor in the network");
        }
        return sharing;
    }
}
