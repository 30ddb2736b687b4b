package nl.weefsel.coverage.internal;

import nl.weefsel.partnership.TieKind;
import org.jspecify.annotations.Nullable;

/**
 * An undirected link between two actors in the coverage network: a current partnership with the facts
 * the network records about it, or a person's affiliation with their organisation ({@code kind} null,
 * id {@code member-<personId>}, no agreement and no fixed contact person).
 *
 * @param writtenAgreement   the partnership's agreement is in writing
 * @param fixedContactPerson the partnership is carried by a fixed contact person
 */
public record Tie(String id, String firstId, String secondId, @Nullable TieKind kind, boolean writtenAgreement,
                  boolean fixedContactPerson) {

    static Tie affiliation(String personId, String organisationId) {
        return new Tie("member-" + personId, personId, organisationId, null, false, false);
    }

    public String other(String actorId) {
        return firstId.equals(actorId) ? secondId : firstId;
    }
}
