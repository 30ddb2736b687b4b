package nl.weefsel.privacy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a coordinator records about a person, with the consent it rests on. */
public record PersonalDataInput(@Nullable String fullName, @Nullable String email, @Nullable String phone,
                                @Nullable String consentSource, @Nullable LocalDate consentGivenOn) {
}
