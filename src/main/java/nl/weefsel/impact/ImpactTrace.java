package nl.weefsel.impact;

import org.jspecify.annotations.Nullable;

/**
 * What the history and the live updates learn of an impact record: whose it is, that it changed, its
 * title and with whom it is shared — never its counts or story text, which stay private to its keepers.
 */
public record ImpactTrace(ImpactOwner.Kind ownerKind, String ownerId, String title, boolean sharedWithMunicipality,
                          @Nullable String sharedWithFunderId) {

    static ImpactTrace of(ImpactOwner owner, String title, Sharing sharing) {
        return new ImpactTrace(owner.kind(), owner.id(), title, sharing.municipality(), sharing.funderId());
    }
}
