package nl.weefsel.exchange;

import org.jspecify.annotations.Nullable;

/**
 * The extension point of the read API for results computed elsewhere, such as the analyses
 * (brokers, grey zones, white spots): a Spring bean implementing this appears under
 * {@code /api/v1/analysis/<name>}, listed at {@code /api/v1/analysis}. Implementations call their
 * own (secured) services, so the API shows only what the caller may see.
 */
public interface PublishedResult {

    /** The URL segment, lower case with hyphens, e.g. {@code brokers}. */
    String name();

    /** One line for the listing, in English (the API's language). */
    String description();

    /**
     * The result as records, lists and maps that serialise to JSON.
     *
     * @param areaCode the CBS code of the area asked for, or {@code null} for the whole network
     * @throws nl.weefsel.base.NotFoundException when no area has that code
     */
    Object result(@Nullable String areaCode);
}
