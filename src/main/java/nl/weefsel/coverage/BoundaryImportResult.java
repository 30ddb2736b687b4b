package nl.weefsel.coverage;

import java.util.List;

/**
 * What a boundary import did.
 *
 * @param loaded       areas whose boundary was stored
 * @param unknownCodes codes in the file that match no area (left out)
 */
public record BoundaryImportResult(int loaded, List<String> unknownCodes) {

    public BoundaryImportResult {
        unknownCodes = List.copyOf(unknownCodes);
    }
}
