package nl.weefsel.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything coverage found in the network as of one day, each list ranked. */
public record CoverageFindings(LocalDate day, Instant computedAt, List<GreyZone> greyZones, List<WhiteSpot> whiteSpots,
                               List<ContinuityRisk> continuityRisks, List<Broker> brokers) {

    public CoverageFindings {
        greyZones = List.copyOf(greyZones);
        whiteSpots = List.copyOf(whiteSpots);
        continuityRisks = List.copyOf(continuityRisks);
        brokers = List.copyOf(brokers);
    }
}
