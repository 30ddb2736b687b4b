package nl.weefsel.impact;

import org.jspecify.annotations.Nullable;

/**
 * What the history and the live updates learn of an impact record: that it changed, its title and
 * with whom it is shared — never its counts or story text, which stay private to the partnership.
 */
public record ImpactTrace(String partnershipId, String title, boolean sharedWithMunicipality,
                          @Nullable String sharedWithFunderId) {

    static ImpactTrace of(String partnershipId, String title, Sharing sharing) {
        return new ImpactTrace(partnershipId, title, sharing.municipality(), sharing.funderId());
    }
}
