package nl.weefsel.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import of CBS/PDOK area data did.
 *
 * @param boundaryYear the year of the boundaries read (for the attribution "Kadaster / CBS year"), if any
 * @param skipped      rows or features that were left out, each with the reason
 */
public record AreaImportResult(int created, int updated, int boundaries, @Nullable Integer boundaryYear,
                               @Nullable Integer populationYear, List<String> skipped) {

    public AreaImportResult {
        skipped = List.copyOf(skipped);
    }
}
