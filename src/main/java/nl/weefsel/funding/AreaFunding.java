package nl.weefsel.funding;

import java.util.List;
import nl.weefsel.area.Area;
import nl.weefsel.coverage.WhiteSpot;

/**
 * The money that reaches an area on a day.
 *
 * @param ownCents    to recipients in the area itself (an actor located there, an initiative there)
 * @param totalCents  to recipients in the area or any area inside it
 * @param ties        how many ties make up {@code totalCents}
 * @param whiteSpots  what coverage finds missing in the area
 */
public record AreaFunding(Area area, long ownCents, long totalCents, int ties, List<WhiteSpot> whiteSpots) {

    public AreaFunding {
        whiteSpots = List.copyOf(whiteSpots);
    }

    /** A white spot that gets no money either. */
    public boolean isUnfundedWhiteSpot() {
        return !whiteSpots.isEmpty() && totalCents == 0;
    }
}
