package nl.weefsel.funding;

import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;

/**
 * A funder that funds work like the subject's, and why it is listed.
 *
 * @param similarTies     its ties to similar recipients (other than the subject)
 * @param amountCents     the money in those ties
 * @param disciplines     disciplines the subject shares with recipients it funds
 * @param targetGroups    target groups the subject shares with them
 * @param sameAreaIds     areas of the subject where it funds work too
 * @param parentAreaIds   areas around the subject's (its municipality, say) where it funds work
 * @param fundsSubject    it already funds the subject itself
 */
public record SimilarFunder(String funderId, int similarTies, long amountCents, Set<Discipline> disciplines,
                            Set<TargetGroup> targetGroups, Set<String> sameAreaIds, Set<String> parentAreaIds,
                            boolean fundsSubject) {

    public SimilarFunder {
        disciplines = Set.copyOf(disciplines);
        targetGroups = Set.copyOf(targetGroups);
        sameAreaIds = Set.copyOf(sameAreaIds);
        parentAreaIds = Set.copyOf(parentAreaIds);
    }
}
