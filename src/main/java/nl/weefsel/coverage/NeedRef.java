package nl.weefsel.coverage;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A need as a finding names it. */
public record NeedRef(String id, String title, @Nullable LocalDate heardOn) {
}
