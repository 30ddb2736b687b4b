package nl.weefsel.impact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Input for a story or quote. A story is kept only with recorded consent: who gave it
 * ({@code consentBy}, e.g. "ouder van leerling groep 6") and when.
 *
 * @param momentId the moment it belongs to, if any
 * @param quote    a short literal quote rather than a told story
 */
public record StoryData(@Nullable Perspective perspective, @Nullable LocalDate date, @Nullable String text,
                        boolean quote, @Nullable String momentId, @Nullable String consentBy,
                        @Nullable LocalDate consentOn) {
}
