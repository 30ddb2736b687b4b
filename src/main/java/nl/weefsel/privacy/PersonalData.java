package nl.weefsel.privacy;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What Weefsel may know about a person beyond their role: a name and a way to reach them, only
 * with consent, whose source and date are recorded with it.
 *
 * @param consentSource how consent was given ("formulier wijkverkenning 2026", "e-mail van 3 maart")
 */
public record PersonalData(String actorId, @Nullable String fullName, @Nullable String email, @Nullable String phone,
                           String consentSource, LocalDate consentGivenOn, String recordedBy, Instant recordedAt) {
}
