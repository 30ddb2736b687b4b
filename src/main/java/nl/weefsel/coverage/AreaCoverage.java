package nl.weefsel.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How well one area is covered for one subject, for comparing areas of one parent.
 *
 * @param holders          the actors (and for offers, initiatives) that cover it, own and inherited
 * @param ownHolders       holders in the area or inside it
 * @param inheritedHolders holders in an area it lies in
 * @param weightedHolders  own holders count 1; an inherited holder counts with the area's share of
 *                         the inhabitants of the area it was assigned in (1 when either population is unknown)
 * @param perTenThousand   weighted holders per 10,000 inhabitants; {@code null} without a population
 * @param gaps             roles, disciplines and target groups nobody covers in this area
 * @param unansweredNeeds  open needs here (or inside) that nothing answers
 */
public record AreaCoverage(AreaRef area, Subject subject, List<String> holders, int ownHolders, int inheritedHolders,
                           double weightedHolders, @Nullable Double perTenThousand, int gaps, int unansweredNeeds,
                           int greyZones) {

    public AreaCoverage {
        holders = List.copyOf(holders);
    }

    public boolean isWhiteSpot() {
        return ownHolders + inheritedHolders == 0;
    }
}
